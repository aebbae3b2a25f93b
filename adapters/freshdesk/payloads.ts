// The host's objects as `client.data.get` returns them, as loose zod/mini schemas (hosts/freshdesk.md §2:
// ticket fields as in REST v2 and the serverless payload; contact and loggedInUser as in the data-method
// docs). Loose: Freshdesk adds keys, and every field may be missing or null on some account or plan, so
// each one is optional and read on its own terms by ticketContext.ts.
import * as z from '../../core/zod.ts';

const nullish = <T extends z.core.SomeType>(t: T) => z.optional(z.nullable(t));
const Id = z.union([z.number(), z.string()]);
/** Codes arrive as numbers in REST and the serverless payload; labels are accepted as well (codes.ts). */
const Code = z.union([z.number(), z.string()]);

/** One entry of a ticket's conversation (REST `GET /tickets/{id}/conversations`). */
export const FdConversation = z.looseObject({
  id: nullish(Id),
  body: nullish(z.string()),
  body_text: nullish(z.string()),
  /** true when the customer wrote it (an e-mail in, a portal reply). */
  incoming: nullish(z.boolean()),
  /** true for a private note. */
  private: nullish(z.boolean()),
  user_id: nullish(Id),
  source: nullish(Code),
  created_at: nullish(z.string()),
});
export type FdConversation = z.infer<typeof FdConversation>;

export const FdTicket = z.looseObject({
  id: nullish(Id),
  subject: nullish(z.string()),
  description: nullish(z.string()),
  description_text: nullish(z.string()),
  status: nullish(Code),
  priority: nullish(Code),
  source: nullish(Code),
  type: nullish(z.string()),
  requester_id: nullish(Id),
  responder_id: nullish(Id),
  group_id: nullish(Id),
  company_id: nullish(Id),
  tags: nullish(z.array(z.string())),
  custom_fields: nullish(z.record(z.string(), z.unknown())),
  created_at: nullish(z.string()),
  updated_at: nullish(z.string()),
  due_by: nullish(z.string()),
  fr_due_by: nullish(z.string()),
  nr_due_by: nullish(z.string()),
  is_escalated: nullish(z.boolean()),
  fr_escalated: nullish(z.boolean()),
  nr_escalated: nullish(z.boolean()),
  /** Not in the documented front-end object; read when a host or a REST include provides it. */
  conversations: nullish(z.array(z.unknown())),
});
export type FdTicket = z.infer<typeof FdTicket>;

export const FdContact = z.looseObject({
  id: nullish(Id),
  name: nullish(z.string()),
  email: nullish(z.string()),
  phone: nullish(z.string()),
  mobile: nullish(z.string()),
  /** "en", "zh-CN", "zh-TW"… */
  language: nullish(z.string()),
  /** Freshdesk's (Rails) zone names: "Beijing", "Eastern Time (US & Canada)". */
  time_zone: nullish(z.string()),
  tags: nullish(z.array(z.string())),
  created_at: nullish(z.string()),
});
export type FdContact = z.infer<typeof FdContact>;

export const FdLoggedInUser = z.looseObject({
  id: nullish(Id),
  contact: nullish(
    z.looseObject({
      name: nullish(z.string()),
      email: nullish(z.string()),
      language: nullish(z.string()),
      time_zone: nullish(z.string()),
    }),
  ),
  group_ids: nullish(z.array(Id)),
  role_ids: nullish(z.array(Id)),
});
export type FdLoggedInUser = z.infer<typeof FdLoggedInUser>;
