// One line of the CLI's JSON Lines input (design.md §3), validated and mapped to the core's context.
import * as z from '../../core/zod.ts';
import { Customer, Message, Order, type ComplaintContextInput } from '../../core/model.ts';

export const MAX_BODY_BYTES = 1024 * 1024;

export const TicketLine = z.object({
  id: z.pipe(z.union([z.string().check(z.minLength(1)), z.number()]), z.transform(String)),
  body: z
    .string()
    .check(z.refine((body) => body.length <= MAX_BODY_BYTES && Buffer.byteLength(body) <= MAX_BODY_BYTES, 'over the 1 MB limit')),
  subject: z.optional(z.string()),
  messages: z.optional(z.array(Message)),
  createdAt: z.optional(z.iso.datetime({ offset: true })),
  channel: z.optional(z.string()),
  locale: z.optional(z.string()),
  tags: z.optional(z.array(z.string())),
  customer: z.optional(Customer),
  order: z.optional(Order),
});
export type TicketLine = z.infer<typeof TicketLine>;

let compiled: typeof TicketLine | undefined;

/** TicketLine.safeParse through the parser z.compile generates: same results and messages, several times faster on a million lines. */
export function safeParseTicketLine(json: unknown): ReturnType<typeof TicketLine.safeParse> {
  compiled ??= z.compile(TicketLine);
  return compiled.safeParse(json);
}

export function toContext(line: TicketLine): ComplaintContextInput {
  const { customer, order, ...ticket } = line;
  return { ticket, customer, order };
}
