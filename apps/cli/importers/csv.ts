// RFC 4180 records from a byte stream: quoted fields may hold commas, doubled quotes and line breaks
// (a ticket description usually has several), so lines are not records. Streaming, so an export of
// any size is read one record at a time; a record over the limit is skipped and reported.
export type CsvRecord = { row: number; fields: string[] } | { row: number; error: string };

export async function* csvRecords(input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, maxChars: number): AsyncGenerator<CsvRecord> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let fields: string[] = [];
  let field = '';
  let size = 0;
  let tooLong = false;
  let quoted = false;
  /** In a quoted field, a quote was just read: either the closing quote or the first of a pair. */
  let quoteSeen = false;
  let row = 0;
  let first = true;
  let any = false;

  const finish = (): CsvRecord => {
    fields.push(field);
    const record: CsvRecord = tooLong ? { row: ++row, error: `record is over the ${maxChars} character limit` } : { row: ++row, fields };
    fields = [];
    field = '';
    size = 0;
    tooLong = false;
    any = false;
    return record;
  };

  for await (const chunk of input) {
    let text: string;
    try {
      text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    } catch {
      yield { row: row + 1, error: 'the file is not valid UTF-8' };
      return;
    }
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    let start = 0;
    // Plain runs of a field are copied as slices; only the special characters are looked at.
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (quoted) {
        if (quoteSeen) {
          quoteSeen = false;
          if (c === 0x22) {
            start = i; // a doubled quote: the second one is text, the next slice starts with it
            continue;
          }
          quoted = false; // the quote closed the field; fall through to read c unquoted
        } else {
          if (c === 0x22) {
            add(text.slice(start, i));
            start = i + 1;
            quoteSeen = true;
          }
          continue;
        }
      }
      if (c === 0x2c) {
        add(text.slice(start, i));
        fields.push(field);
        field = '';
        start = i + 1;
        any = true;
      } else if (c === 0x0a) {
        add(text.slice(start, i));
        // CRLF line ends: the CR may have arrived in the previous chunk.
        if (field.endsWith('\r')) field = field.slice(0, -1);
        start = i + 1;
        if (any || field !== '' || fields.length > 0) yield finish();
        else field = '';
      } else if (c === 0x22 && field === '' && start === i) {
        quoted = true;
        start = i + 1;
        any = true;
      } else if (c !== 0x0d) {
        any = true;
      }
    }
    add(text.slice(start));
  }
  if (quoted && !quoteSeen) {
    yield { row: row + 1, error: 'a quoted field is never closed (is the file cut short?)' };
    return;
  }
  if (field.endsWith('\r')) field = field.slice(0, -1);
  if (any || field !== '' || fields.length > 0) yield finish();

  function add(piece: string) {
    if (tooLong || piece === '') return;
    size += piece.length;
    if (size > maxChars) {
      tooLong = true;
      field = '';
      fields = [];
    } else field += piece;
  }
}
