// One line of the CLI's JSON Lines input (design.md §3), validated and mapped to the core's context.
import { z } from 'zod';
import { Customer, Message, Order, type ComplaintContextInput } from '../../core/model.ts';

export const MAX_BODY_BYTES = 1024 * 1024;

export const TicketLine = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  body: z
    .string()
    .refine((body) => body.length <= MAX_BODY_BYTES && Buffer.byteLength(body) <= MAX_BODY_BYTES, 'over the 1 MB limit'),
  subject: z.string().optional(),
  messages: z.array(Message).optional(),
  createdAt: z.iso.datetime({ offset: true }).optional(),
  channel: z.string().optional(),
  locale: z.string().optional(),
  tags: z.array(z.string()).optional(),
  customer: Customer.optional(),
  order: Order.optional(),
});
export type TicketLine = z.infer<typeof TicketLine>;

export function toContext(line: TicketLine): ComplaintContextInput {
  const { customer, order, ...ticket } = line;
  return { ticket, customer, order };
}
