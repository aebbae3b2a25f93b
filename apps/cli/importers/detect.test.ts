import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectSource } from './detect.ts';

const dir = mkdtempSync(join(tmpdir(), 'cd-detect-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('detectSource', () => {
  it('tells the formats apart by their content, not their names', async () => {
    expect(await detectSource(file('a.txt', '{"id": 1, "body": "late"}\n{"id": 2, "body": "x"}\n'))).toBe('jsonl');
    expect(await detectSource(file('b.txt', '{"id": 1, "body": \n{"id": 2, "body": "x"}\n'))).toBe('jsonl');
    expect(await detectSource(file('c.txt', '{\n  "tickets": [\n    {"id": 1, "description": "x", "status": "open"}\n  ]\n}\n'))).toBe('zendesk-json');
    expect(await detectSource(file('d.txt', '{"tickets": [{"id": 1, "description_text": "x", "status": 2}]}'))).toBe('freshdesk-json');
    expect(await detectSource(file('e.txt', '[{"id": 1, "description_text": "x", "status": 2}]'))).toBe('freshdesk-json');
    expect(await detectSource(file('f.txt', '{"id": 5, "description": "x", "requester_id": 3, "comments": []}\n'))).toBe('zendesk-jsonl');
    expect(await detectSource(file('g.txt', '"Ticket ID","Subject","Description"\n1,a,b\n'))).toBe('freshdesk-csv');
    expect(await detectSource(file('h.txt', ''))).toBe('jsonl');
    // A first ticket longer than the bytes looked at first is still read as a line.
    expect(await detectSource(file('j.txt', `${JSON.stringify({ id: 1, body: 'x'.repeat(200_000) })}\n{"id": 2, "body": "y"}\n`))).toBe('jsonl');
    expect(await detectSource(file('k.txt', '{\n  "tickets": [],\n  "count": 0\n}\n'))).toBe('zendesk-json');
    expect(await detectSource(file('i.txt', 'id;subject\n1;x\n'))).toMatchObject({ error: expect.stringMatching(/not a ticket file/) });
  });
});
