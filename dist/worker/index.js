import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/core/canonical.ts

/**
 * Canonical JSON: object keys sorted by code unit, numbers in JavaScript's shortest round-trip
 * form, 2-space indentation and a final newline. The same value always gives the same bytes, which
 * is what makes scorecards and certificates comparable by digest.
 * Non-finite numbers are refused: an undefined metric is represented by a status, never by NaN.
 */
function canonicalJson(value) {
    return JSON.stringify(normalize(value, '$'), null, 2) + '\n';
}
/** Compact canonical form (no whitespace), the input of digests. */
function canonicalCompact(value) {
    return JSON.stringify(normalize(value, '$'));
}
function normalize(value, path) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new Error(`canonicalJson: non-finite number at ${path}`);
        return Object.is(value, -0) ? 0 : value;
    }
    if (Array.isArray(value))
        return value.map((v, i) => normalize(v, `${path}[${i}]`));
    if (typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value).sort()) {
            const v = value[key];
            if (v === undefined)
                continue;
            out[key] = normalize(v, `${path}.${key}`);
        }
        return out;
    }
    throw new Error(`canonicalJson: unsupported ${typeof value} at ${path}`);
}
function sha256Hex(data) {
    return createHash('sha256').update(data).digest('hex');
}
/** Digest of a value's canonical form. */
function canonical_digestOf(value) {
    return sha256Hex(canonicalCompact(value));
}

;// CONCATENATED MODULE: ./src/core/errors.ts
/**
 * Errors a user can act on. Each one becomes a single line `<where>: <cause>` and exit code 2
 * (could not evaluate / usage), never a stack trace unless --debug is given.
 */
class errors_GateError extends Error {
    where;
    cause_;
    constructor(
    /** The file (or other input) the problem is about; '' when there is none. */
    where, cause_) {
        super(where ? `${where}: ${cause_}` : cause_);
        this.where = where;
        this.cause_ = cause_;
        this.name = 'GateError';
    }
}
/** Wrong command-line usage. */
class UsageError extends errors_GateError {
    constructor(cause) {
        super('usage', cause);
        this.name = 'UsageError';
    }
}
/** One line describing any thrown value, for fail-closed reporting. */
function describeError(e) {
    if (e instanceof errors_GateError)
        return e.message;
    if (e instanceof Error)
        return `internal error: ${e.message}`;
    return `internal error: ${String(e)}`;
}

;// CONCATENATED MODULE: ./src/artifacts/csv.ts

/**
 * A small RFC 4180 reader: a header row, fields separated by commas, quoted fields with doubled quotes,
 * commas and line breaks inside quotes, CRLF or LF (a lone CR also ends a line), an optional UTF-8 BOM.
 * An empty unquoted field is null; a quoted empty field ("") is the empty string. A blank line is a
 * record with one empty field, so it is only valid in a one-column file. Only the requested columns are
 * materialized; the others are scanned past.
 */
const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;
/** Reads CSV text; returns the header and the number of data rows. Malformed text is a GateError on `where`. */
function csv_readCsv(text, where, sink) {
    const n = text.length;
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let line = 1;
    if (i >= n)
        throw new GateError(where, 'empty file: no header row');
    const fail = (at, cause) => {
        throw new GateError(where, `line ${at}: ${cause}`);
    };
    /** Parses one record starting at i; fields land in `out` at slot[fieldIndex] when that slot is >= 0. */
    function record(slot, out) {
        let count = 0;
        for (;;) {
            let value;
            if (text.charCodeAt(i) === QUOTE) {
                const open = line;
                const start = i + 1;
                let j = start;
                let hasDoubled = false;
                for (;;) {
                    const q = text.indexOf('"', j);
                    if (q < 0)
                        fail(open, 'unterminated quoted field');
                    if (text.charCodeAt(q + 1) === QUOTE) {
                        hasDoubled = true;
                        j = q + 2;
                        continue;
                    }
                    value = text.slice(start, q);
                    i = q + 1;
                    break;
                }
                line += lineBreaks(value);
                if (hasDoubled)
                    value = value.replaceAll('""', '"');
                const next = text.charCodeAt(i);
                if (i < n && next !== COMMA && next !== CR && next !== LF)
                    fail(line, 'unexpected text after a closing quote');
            }
            else {
                const start = i;
                for (; i < n; i++) {
                    const c = text.charCodeAt(i);
                    if (c === COMMA || c === CR || c === LF)
                        break;
                    if (c === QUOTE)
                        fail(line, 'a quote inside an unquoted field (quote the whole field and double the quote)');
                }
                value = i === start ? null : text.slice(start, i);
            }
            const s = slot === null ? count : count < slot.length ? slot[count] : -1;
            if (s >= 0)
                out[s] = value;
            count++;
            if (i >= n)
                return count;
            const c = text.charCodeAt(i);
            i++;
            if (c === COMMA)
                continue;
            if (c === CR && text.charCodeAt(i) === LF)
                i++;
            line++;
            return count;
        }
    }
    const header = [];
    record(null, header);
    const names = [];
    const seen = new Set();
    for (const [k, h] of header.entries()) {
        if (h === null || h === '')
            fail(1, `empty column name in the header (column ${k + 1})`);
        const name = h;
        if (seen.has(name))
            fail(1, `duplicate column "${name}" in the header`);
        seen.add(name);
        names.push(name);
    }
    const wanted = sink.select(names);
    const slot = new Int32Array(names.length).fill(-1);
    wanted.forEach((w, s) => (slot[w] = s));
    let rows = 0;
    while (i < n) {
        const startLine = line;
        const out = new Array(wanted.length);
        const count = record(slot, out);
        if (count !== names.length) {
            fail(startLine, `${count} field${count === 1 ? '' : 's'}, but the header has ${names.length}`);
        }
        rows++;
        sink.row(out, startLine, rows);
    }
    return { header: names, rows };
}
function lineBreaks(s) {
    let count = 0;
    for (let k = 0; k < s.length; k++) {
        const c = s.charCodeAt(k);
        if (c === LF || (c === CR && s.charCodeAt(k + 1) !== LF))
            count++;
    }
    return count;
}

;// CONCATENATED MODULE: ./src/artifacts/table.ts
/**
 * True when a view's rows are in shared memory (another thread may read them in place). Not by
 * instanceof: a buffer that came from a worker belongs to the main realm, which is not every caller's.
 */
function table_inSharedMemory(view) {
    return Object.prototype.toString.call(view.buffer) === '[object SharedArrayBuffer]';
}
/** n zeros, in shared memory when `shared` (another thread may then read them without a copy). */
function table_allocate(Kind, n, shared) {
    return shared ? new Kind(new SharedArrayBuffer(n * Kind.BYTES_PER_ELEMENT)) : new Kind(n);
}

;// CONCATENATED MODULE: ./src/core/intern-bytes.ts
/** Exact interning of byte strings, shared by the readers (string dictionaries) and the distinct-count kernel. */
/** FNV-1a over a byte range, 32 bits. */
function hashBytes(data, start, end) {
    let h = 0x811c9dc5;
    for (let k = start; k < end; k++)
        h = Math.imul(h ^ data[k], 0x01000193);
    return h >>> 0;
}
function sameBytes(data, a, aEnd, b, bEnd) {
    if (aEnd - a !== bEnd - b)
        return false;
    for (let k = 0; k < aEnd - a; k++)
        if (data[a + k] !== data[b + k])
            return false;
    return true;
}
/**
 * Exact interning of byte strings: codes[i] is the index of string i's first occurrence among the
 * distinct strings (in first-seen order); `firsts` lists the row of each distinct string. A hash table
 * of 32-bit FNV-1a hashes, bytes compared on every hash match, so collisions never merge strings.
 */
function internBytes(bytes, skip) {
    const { data, offsets } = bytes;
    const n = offsets.length - 1;
    let size = 16;
    while (size < n * 2)
        size *= 2;
    const mask = size - 1;
    const table = new Int32Array(size).fill(-1);
    const hashes = new Uint32Array(size);
    const codes = new Int32Array(n);
    let firsts = new Int32Array(Math.min(Math.max(n, 1), 1024));
    let distinct = 0;
    for (let i = 0; i < n; i++) {
        if (skip && skip[i]) {
            codes[i] = -1;
            continue;
        }
        const start = offsets[i];
        const end = offsets[i + 1];
        const h = hashBytes(data, start, end);
        // FNV-1a's low bits alone cluster on ids that differ only in their last characters: fold the high bits in.
        let slot = (h ^ (h >>> 15)) & mask;
        for (;;) {
            const code = table[slot];
            if (code < 0) {
                table[slot] = distinct;
                hashes[slot] = h;
                codes[i] = distinct;
                if (distinct === firsts.length) {
                    const grown = new Int32Array(Math.min(n, firsts.length * 2));
                    grown.set(firsts);
                    firsts = grown;
                }
                firsts[distinct++] = i;
                break;
            }
            if (hashes[slot] === h) {
                const row = firsts[code];
                if (sameBytes(data, offsets[row], offsets[row + 1], start, end)) {
                    codes[i] = code;
                    break;
                }
            }
            slot = (slot + 1) & mask;
        }
    }
    return { codes, firsts: firsts.slice(0, distinct), distinct };
}

;// CONCATENATED MODULE: ./src/artifacts/strings.ts



/**
 * Strings as UTF-8 bytes: one growable byte buffer and an offsets array, so millions of ids never
 * become millions of JS strings.
 */
class strings_StringAccumulator {
    data;
    offsets;
    count = 0;
    /** `shared`: in shared memory, so another thread can read the strings without a copy (growth keeps them there). */
    constructor(expected = 16, shared = false) {
        this.offsets = table_allocate(Uint32Array, Math.max(1, expected) + 1, shared);
        this.data = table_allocate(Uint8Array, Math.max(64, expected * 8), shared);
    }
    /** An accumulator over existing strings (no copy): to read, or to go on appending to. */
    static over(data, offsets, count = offsets.length - 1) {
        const acc = new strings_StringAccumulator(0);
        acc.data = data;
        acc.offsets = offsets;
        acc.count = count;
        return acc;
    }
    room(bytes) {
        if (this.count + 1 >= this.offsets.length) {
            const grown = table_allocate(Uint32Array, this.offsets.length * 2, table_inSharedMemory(this.offsets));
            grown.set(this.offsets);
            this.offsets = grown;
        }
        const used = this.offsets[this.count];
        if (used + bytes > this.data.length) {
            const size = Math.max(used + bytes, this.data.length * 2);
            if (size > 0xffffffff)
                throw new RangeError('string data beyond 4 GiB in one column');
            const grown = table_allocate(Uint8Array, size, table_inSharedMemory(this.data));
            grown.set(this.data.subarray(0, used));
            this.data = grown;
        }
    }
    appendBytes(buf, start, end) {
        const length = end - start;
        const at = this.offsets[this.count];
        if (this.count + 1 >= this.offsets.length || at + length > this.data.length)
            this.room(length);
        const dst = this.data;
        if (length < 32)
            for (let k = 0; k < length; k++)
                dst[at + k] = buf[start + k];
        else
            dst.set(buf.subarray(start, end), at);
        this.offsets[++this.count] = at + length;
    }
    /** Room for `strings` more strings of `bytes` bytes in all. */
    reserve(strings, bytes) {
        if (this.count + strings + 1 > this.offsets.length) {
            const grown = table_allocate(Uint32Array, Math.max(this.count + strings + 1, this.offsets.length * 2), table_inSharedMemory(this.offsets));
            grown.set(this.offsets.subarray(0, this.count + 1));
            this.offsets = grown;
        }
        this.room(bytes);
    }
    /** Appends strings given as their bytes one after another and their ends (as offsets here: from this accumulator's end). */
    appendJoined(bytes, ends) {
        this.reserve(ends.length, bytes.length);
        this.data.set(bytes, this.offsets[this.count]);
        this.offsets.set(ends, this.count + 1);
        this.count += ends.length;
    }
    appendFrom(other, index) {
        const start = other.offsets[index];
        const end = other.offsets[index + 1];
        const length = end - start;
        this.room(length);
        const at = this.offsets[this.count];
        const src = other.data;
        const dst = this.data;
        if (length < 16)
            for (let k = 0; k < length; k++)
                dst[at + k] = src[start + k];
        else
            dst.set(src.subarray(start, end), at);
        this.offsets[++this.count] = at + length;
    }
    appendEmpty() {
        this.room(0);
        this.offsets[this.count + 1] = this.offsets[this.count];
        this.count++;
    }
    appendText(text) {
        this.appendBytes(encoder.encode(text), 0, Buffer.byteLength(text));
    }
    get(i) {
        return decoder.decode(this.data.subarray(this.offsets[i], this.offsets[i + 1]));
    }
    finish() {
        return { data: this.data.subarray(0, this.offsets[this.count]), offsets: this.offsets.subarray(0, this.count + 1) };
    }
}
const encoder = new TextEncoder();
// ignoreBOM: a cell that starts with U+FEFF keeps it (the default decoder would drop it).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
/**
 * Distinct byte strings in first-seen order, each given the next code: the dictionary of a coded
 * column. Open addressing over FNV-1a hashes; bytes are compared on every hash match.
 */
class ByteInterner {
    strings = new strings_StringAccumulator(16);
    slots = new Int32Array(64).fill(-1);
    hashes = new Uint32Array(64);
    get size() {
        return this.strings.count;
    }
    intern(buf, start, end) {
        const h = hashBytes(buf, start, end);
        const mask = this.slots.length - 1;
        for (let slot = (h ^ (h >>> 15)) & mask;; slot = (slot + 1) & mask) {
            const code = this.slots[slot];
            if (code < 0) {
                const added = this.strings.count;
                this.strings.appendBytes(buf, start, end);
                this.slots[slot] = added;
                this.hashes[slot] = h;
                if (this.strings.count * 2 > this.slots.length)
                    this.grow();
                return added;
            }
            if (this.hashes[slot] === h && this.holds(code, buf, start, end))
                return code;
        }
    }
    holds(code, buf, start, end) {
        const { data, offsets } = this.strings;
        const at = offsets[code];
        if (offsets[code + 1] - at !== end - start)
            return false;
        for (let k = 0; k < end - start; k++)
            if (data[at + k] !== buf[start + k])
                return false;
        return true;
    }
    grow() {
        const slots = new Int32Array(this.slots.length * 2).fill(-1);
        const hashes = new Uint32Array(slots.length);
        const mask = slots.length - 1;
        for (let old = 0; old < this.slots.length; old++) {
            const code = this.slots[old];
            if (code < 0)
                continue;
            const h = this.hashes[old];
            let slot = (h ^ (h >>> 15)) & mask;
            while (slots[slot] >= 0)
                slot = (slot + 1) & mask;
            slots[slot] = code;
            hashes[slot] = h;
        }
        this.slots = slots;
        this.hashes = hashes;
    }
}
/** The strings of a coded column as bytes (a null row as the empty string), in shared memory when `shared`. */
function strings_bytesOfCodes(codes, dictionary, nulls, shared = false) {
    const n = codes.length;
    const entries = new CodedEntries(dictionary);
    let total = 0;
    for (let i = 0; i < n; i++)
        if (!nulls?.[i])
            total += entries.lengthOf(codes[i]);
    if (total > 0xffffffff)
        throw new RangeError('string data beyond 4 GiB in one column');
    const lengths = new Uint32Array(n);
    const data = table_allocate(Uint8Array, total + 8, shared);
    entries.streams(codes, 0, n, nulls, lengths, data);
    const offsets = table_allocate(Uint32Array, n + 1, shared);
    for (let i = 0, j = 0; i < n; i++)
        offsets[i + 1] = offsets[i] + (nulls?.[i] ? 0 : lengths[j++]);
    return { data: data.subarray(0, total), offsets };
}
/**
 * A coded column's dictionary, ready to write rows' bytes (for bytesOfCodes and the outputs digest):
 * entries of up to 8 bytes as two words each.
 */
class CodedEntries {
    dictionary;
    longest;
    length;
    low;
    high;
    /** Entries all of 1, 2 or 4 bytes (country codes, flags): each row's bytes are one word, gathered. */
    words;
    constructor(dictionary) {
        this.dictionary = dictionary;
        const { data, offsets } = dictionary;
        const entries = offsets.length - 1;
        this.length = new Uint32Array(entries);
        let longest = 0;
        for (let e = 0; e < entries; e++)
            longest = Math.max(longest, (this.length[e] = offsets[e + 1] - offsets[e]));
        this.longest = longest;
        this.low = new Int32Array(entries);
        this.high = new Int32Array(entries);
        let fixed = longest === 1 || longest === 2 || longest === 4;
        for (let e = 0; e < entries && fixed; e++)
            fixed = this.length[e] === longest;
        if (fixed) {
            // Copied out of the dictionary's bytes: the words land as they were, whatever the platform's byte order.
            const exact = data.slice(offsets[0], offsets[0] + entries * longest).buffer;
            this.words = longest === 1 ? new Uint8Array(exact) : longest === 2 ? new Uint16Array(exact) : new Uint32Array(exact);
        }
        if (longest > 8)
            return;
        const padded = new Uint8Array(entries * 8);
        const words = new DataView(padded.buffer);
        for (let e = 0; e < entries; e++) {
            padded.set(data.subarray(offsets[e], offsets[e + 1]), e * 8);
            this.low[e] = words.getInt32(e * 8, true);
            this.high[e] = words.getInt32(e * 8 + 4, true);
        }
    }
    lengthOf(code) {
        return this.length[code];
    }
    /**
     * The streams of rows [from, to): lengths[0..count) of the non-null rows and their bytes in
     * out[0..used), which needs 8 bytes of slack past the end.
     */
    streams(codes, from, to, nulls, lengths, out) {
        const length = this.length;
        let count = 0;
        let at = 0;
        if (this.words && !nulls) {
            const rows = to - from;
            lengths.fill(this.longest, 0, rows);
            const words = this.words;
            const into = words instanceof Uint8Array ? out : words instanceof Uint16Array ? new Uint16Array(out.buffer, out.byteOffset, rows) : new Uint32Array(out.buffer, out.byteOffset, rows);
            for (let r = 0; r < rows; r++)
                into[r] = words[codes[from + r]];
            return { count: rows, used: rows * this.longest };
        }
        if (this.longest <= 8) {
            // Each row is two 4-byte stores of its zero-padded entry; the next row overwrites the padding.
            const { low, high } = this;
            const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
            for (let r = from; r < to; r++) {
                if (nulls && nulls[r])
                    continue;
                const code = codes[r];
                view.setInt32(at, low[code], true);
                view.setInt32(at + 4, high[code], true);
                lengths[count++] = length[code];
                at += length[code];
            }
            return { count, used: at };
        }
        const { data, offsets } = this.dictionary;
        for (let r = from; r < to; r++) {
            if (nulls && nulls[r])
                continue;
            const code = codes[r];
            const start = offsets[code];
            const n = length[code];
            for (let k = 0; k < n; k++)
                out[at + k] = data[start + k];
            lengths[count++] = n;
            at += n;
        }
        return { count, used: at };
    }
}
function strings_stringAt(bytes, i) {
    return decoder.decode(bytes.data.subarray(bytes.offsets[i], bytes.offsets[i + 1]));
}
/**
 * A string column backed by bytes. `values` (JS strings, e.g. for filters) is built on first use, via a
 * dictionary so repeated values share one string; kernels use `bytes` directly.
 */
function strings_stringColumnFromBytes(bytes, nulls) {
    return byteBackedColumn(() => bytes, nulls);
}
/**
 * A string column backed by the bytes of its parts, as they were read: kernels that can go part by
 * part use `byteParts`; `bytes` (one array) is joined on first use.
 */
function strings_stringColumnFromByteParts(parts, nulls) {
    if (parts.length === 1)
        return strings_stringColumnFromBytes(parts[0], nulls);
    let joined;
    const column = byteBackedColumn(() => (joined ??= strings_joinBytes(parts)), nulls);
    Object.defineProperty(column, 'byteParts', { value: parts, enumerable: false });
    return column;
}
function byteBackedColumn(bytesOf, nulls) {
    let values;
    const column = {
        type: 'string',
        get values() {
            if (values === undefined) {
                const bytes = bytesOf();
                const { codes, firsts } = internBytes(bytes);
                const dictionary = Array.from(firsts, (row) => strings_stringAt(bytes, row));
                const n = codes.length;
                values = new Array(n);
                for (let i = 0; i < n; i++)
                    values[i] = nulls?.[i] ? '' : dictionary[codes[i]];
            }
            return values;
        }
    };
    // The bytes are an accelerator for the kernels, not part of the value: the column still compares
    // equal (deep equality over enumerable keys) to its plain { type, values, nulls } form.
    Object.defineProperty(column, 'bytes', { get: bytesOf, enumerable: false });
    return nulls ? Object.assign(column, { nulls }) : column;
}
/** The strings of several parts as one StringBytes (a copy). */
function strings_joinBytes(parts) {
    let count = 0;
    let total = 0;
    for (const p of parts) {
        count += p.offsets.length - 1;
        total += p.offsets[p.offsets.length - 1] - p.offsets[0];
    }
    if (total > 0xffffffff)
        throw new RangeError('string data beyond 4 GiB in one column');
    const data = new Uint8Array(total);
    const offsets = new Uint32Array(count + 1);
    let row = 0;
    let at = 0;
    for (const { data: from, offsets: ends } of parts) {
        const n = ends.length - 1;
        data.set(from.subarray(ends[0], ends[n]), at);
        const shift = at - ends[0];
        for (let k = 1; k <= n; k++)
            offsets[row + k] = ends[k] + shift;
        row += n;
        at += ends[n] - ends[0];
    }
    return { data, offsets };
}
/**
 * A dictionary-coded string column (distinct `dictionary` strings, one code per row). Filters and
 * kernels use the codes; `values` and `bytes` are built on first use.
 */
function strings_stringColumnFromCodes(codes, dictionary, nulls) {
    const count = dictionary.offsets.length - 1;
    const coded = { codes, strings: Array.from({ length: count }, (_, k) => strings_stringAt(dictionary, k)) };
    let values;
    let bytes;
    const column = {
        type: 'string',
        get values() {
            if (values === undefined) {
                const n = codes.length;
                values = new Array(n);
                for (let i = 0; i < n; i++)
                    values[i] = nulls?.[i] ? '' : coded.strings[codes[i]];
            }
            return values;
        }
    };
    // As for byte-backed columns, the accelerators stay out of deep equality (not enumerable).
    Object.defineProperty(column, 'dictionary', { value: coded, enumerable: false });
    Object.defineProperty(column, 'bytes', { get: () => (bytes ??= strings_bytesOfCodes(codes, dictionary, nulls)), enumerable: false });
    return nulls ? Object.assign(column, { nulls }) : column;
}

;// CONCATENATED MODULE: ./src/artifacts/text-bytes.ts
/**
 * Byte-level twins of the text grammars in convert.ts and digest.ts, for UTF-8 cells held as byte
 * ranges (CSV fields, Parquet strings): no JS string per cell. Every answer equals the one the regular
 * expression or Number() gives on the decoded text.
 */
const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
const LOWER = 0x20;
const NOT_NUMBER = 0;
/** INT_TEXT: [+-]?\d+ */
const INTEGER_TEXT = 1;
/** NUMBER_TEXT but not INT_TEXT: [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)? */
const DECIMAL_TEXT = 2;
/** Which of the number grammars data[start, end) matches. */
function numberTextKind(data, start, end) {
    let i = start;
    if (i < end && (data[i] === PLUS || data[i] === MINUS))
        i++;
    const intStart = i;
    while (i < end && data[i] >= ZERO && data[i] <= NINE)
        i++;
    const intDigits = i - intStart;
    if (i === end)
        return intDigits > 0 ? INTEGER_TEXT : NOT_NUMBER;
    let fracDigits = 0;
    if (data[i] === DOT) {
        i++;
        const fracStart = i;
        while (i < end && data[i] >= ZERO && data[i] <= NINE)
            i++;
        fracDigits = i - fracStart;
    }
    if (intDigits === 0 && fracDigits === 0)
        return NOT_NUMBER;
    if (i === end)
        return DECIMAL_TEXT;
    if (data[i] !== 0x65 && data[i] !== 0x45)
        return NOT_NUMBER;
    i++;
    if (i < end && (data[i] === PLUS || data[i] === MINUS))
        i++;
    const expStart = i;
    while (i < end && data[i] >= ZERO && data[i] <= NINE)
        i++;
    return i === end && i > expStart ? DECIMAL_TEXT : NOT_NUMBER;
}
const POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);
/** 2^-99: wider than the error of longDecimal's double-double result (below 2^-100 of it). */
const MARGIN = 2 ** -99;
const TWO_25 = 2 ** 25;
const SPLITTER = 2 ** 27 + 1;
/** Where the last numberAt stopped, and whether what it read was integer text (no point, no exponent). */
const scanned = { end: 0, integer: false };
/**
 * NUMBER_TEXT and Number() in one scan: Number(text) when data[start, end) is number text, else NaN
 * (number text never reads as NaN).
 */
function numberOrNaN(data, start, end, text) {
    const value = numberAt(data, start, end, text);
    return scanned.end === end ? value : NaN;
}
/**
 * The number text that starts at `start` (read at most up to `limit`): Number() of it, and where it
 * stops in `scanned` (a CSV field ends there when the next byte ends the field); NaN when the text
 * there is not number text. Up to 15 significant digits and a decimal exponent within ±22, one IEEE
 * multiplication or division of two exact doubles is correctly rounded (Clinger's fast path), hence
 * equal to Number(); 16 to 19 digits go through longDecimal; anything else through Number() itself.
 */
function numberAt(data, start, limit, text) {
    let i = start;
    let negative = false;
    if (i < limit && (data[i] === PLUS || data[i] === MINUS))
        negative = data[i++] === MINUS;
    // The first 15 significant digits in `high`, the next ones in `low` (lowDigits of them).
    let high = 0;
    let low = 0;
    let lowDigits = 0;
    let digits = 0;
    let scale = 0;
    let seen = 0;
    let integer = true;
    let c = 0;
    for (; i < limit; i++) {
        c = data[i];
        if (c < ZERO || c > NINE)
            break;
        if (digits < 15) {
            high = high * 10 + (c - ZERO);
            if (high !== 0)
                digits++;
        }
        else {
            low = low * 10 + (c - ZERO);
            lowDigits++;
            digits++;
        }
        seen++;
    }
    if (i < limit && c === DOT) {
        integer = false;
        // The loop above again, counting the scale (one loop for both reads 15 % slower: a test per digit more).
        for (i++; i < limit; i++) {
            c = data[i];
            if (c < ZERO || c > NINE)
                break;
            if (digits < 15) {
                high = high * 10 + (c - ZERO);
                if (high !== 0)
                    digits++;
            }
            else {
                low = low * 10 + (c - ZERO);
                lowDigits++;
                digits++;
            }
            scale--;
            seen++;
        }
    }
    scanned.end = i;
    if (seen === 0)
        return NaN;
    if (i < limit && (c === 0x65 || c === 0x45)) {
        integer = false;
        i++;
        let expNegative = false;
        if (i < limit && (data[i] === PLUS || data[i] === MINUS))
            expNegative = data[i++] === MINUS;
        const expStart = i;
        let exponent = 0;
        for (; i < limit; i++) {
            c = data[i];
            if (c < ZERO || c > NINE)
                break;
            if (exponent < 100_000)
                exponent = exponent * 10 + (c - ZERO);
        }
        scanned.end = i;
        if (i === expStart)
            return NaN;
        scale += expNegative ? -exponent : exponent;
    }
    scanned.integer = integer;
    let value;
    if (scale > 22 || scale < -22 || digits > 19)
        value = NaN;
    else if (lowDigits === 0)
        value = scale >= 0 ? high * POWERS[scale] : high / POWERS[-scale];
    else
        value = longDecimal(high, low, POWERS[lowDigits], scale);
    if (value !== value)
        return text ? text.number(start, i) : Number(latin1(data, start, i));
    return negative ? -value : value;
}
/**
 * (high · tenToLow + low) · 10^scale correctly rounded, or NaN when that cannot be told here: high <
 * 10^15, low < tenToLow ≤ 10^4, |scale| ≤ 22. The mantissa (up to 19 digits, 64 bits) is exact as a
 * double-double; one multiplication or division by the exact 10^|scale| keeps the pair within 2^-100
 * of the true value. Its rounded sum H is then the correctly rounded value unless the true value may
 * lie at or past the midpoint to H's neighbour: checked by rounding H plus the low part widened by
 * MARGIN either way (about one value in 2^45 is left to Number()).
 */
function longDecimal(high, low, tenToLow, scale) {
    // high = a·2^25 + b: both products by tenToLow (< 2^14) are exact, and so is their sum with `low`.
    const a = Math.floor(high / TWO_25);
    const x = a * tenToLow * TWO_25;
    const y = (high - a * TWO_25) * tenToLow + low;
    const mh = x + y;
    const back = mh - x;
    const ml = x - (mh - back) + (y - back); // the exact rounding error of x + y (two-sum)
    const p = POWERS[scale >= 0 ? scale : -scale];
    let h;
    let l;
    if (scale >= 0) {
        const q = mh * p;
        h = q;
        l = twoProductError(mh, p, q) + ml * p;
    }
    else {
        const q = mh / p;
        // The remainder mh + ml − q·p, nearly exact (mh − q·p cancels exactly), over p.
        const qp = q * p;
        const r = mh - qp - twoProductError(q, p, qp) + ml;
        h = q;
        l = r / p;
    }
    const sum = h + l;
    const rest = l - (sum - h);
    const margin = Math.abs(sum) * MARGIN;
    return sum + (rest + margin) === sum && sum + (rest - margin) === sum ? sum : NaN;
}
/** a·b − product exactly (Dekker's two-product; product is the rounded a·b). */
function twoProductError(a, b, product) {
    const ca = SPLITTER * a;
    const ah = ca - (ca - a);
    const al = a - ah;
    const cb = SPLITTER * b;
    const bh = cb - (cb - b);
    const bl = b - bh;
    return ah * bh - product + ah * bl + al * bh + al * bl;
}
/** A cell buffer as one latin1 string, made on first need: Number() of a substring costs less than a string per cell. */
class CellsText {
    data;
    end;
    text;
    constructor(data, end) {
        this.data = data;
        this.end = end;
    }
    number(start, end) {
        this.text ??= latin1(this.data, 0, this.end);
        return Number(this.text.substring(start, end));
    }
}
const parsed = new WeakMap();
/**
 * Number(text) of the first `rows` cells of a byte-string column (NaN for a cell that is not number
 * text), computed once per column buffer: the typed read and the digest of a CSV file share it.
 */
function numbersOfCells(data, offsets, rows, known) {
    if (known && known.length === rows)
        return known;
    const cached = parsed.get(data.buffer);
    if (cached && cached.length === rows)
        return cached;
    const values = new Float64Array(rows);
    const text = new CellsText(data, offsets[rows]);
    for (let k = 0; k < rows; k++) {
        values[k] = numberOrNaN(data, offsets[k], offsets[k + 1], text);
    }
    parsed.set(data.buffer, values);
    return values;
}
/** The numbers numbersOfCells already computed for a column buffer, if any. */
function parsedNumbersOf(data, rows) {
    const cached = parsed.get(data.buffer);
    return cached && cached.length === rows ? cached : undefined;
}
/** Drops the cached numbers of a column buffer (the digest, their last reader, is done with them). */
function forgetNumbersOfCells(data) {
    parsed.delete(data.buffer);
}
/** ASCII text of a byte range (for the rare cells that need the string form). */
function latin1(data, start, end) {
    return Buffer.from(data.buffer, data.byteOffset + start, end - start).toString('latin1');
}
const TRUE = [0x74, 0x72, 0x75, 0x65];
const FALSE = [0x66, 0x61, 0x6c, 0x73, 0x65];
function asciiWordIs(data, start, end, word) {
    if (end - start !== word.length)
        return false;
    for (let k = 0; k < word.length; k++)
        if ((data[start + k] | LOWER) !== word[k])
            return false;
    return true;
}
/** /^(true|false)$/i: 1 for true, 0 for false, -1 otherwise (case folding is ASCII-only, as in the regex). */
function boolTextValue(data, start, end) {
    if (asciiWordIs(data, start, end, TRUE))
        return 1;
    if (asciiWordIs(data, start, end, FALSE))
        return 0;
    return -1;
}
/** boolFromText on bytes: true/false (any case) or 1/0; -1 otherwise. */
function boolOrDigitValue(data, start, end) {
    if (end - start === 1)
        return data[start] === 0x31 ? 1 : data[start] === ZERO ? 0 : -1;
    return boolTextValue(data, start, end);
}

;// CONCATENATED MODULE: ./src/artifacts/convert.ts




/**
 * Turns decoded cells (CSV text, JSON values, Parquet values) into one typed column.
 * `push` returns a one-line problem instead of throwing so the reader can say where it happened.
 */
/** Integer literal, and the number grammar accepted in text (no NaN, Infinity, hex or padding). */
const INT_TEXT = /^[+-]?\d+$/;
const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const LIMIT = Number.MAX_SAFE_INTEGER;
const beyond = (shown) => `${shown} is beyond the exact integer range ±(2^53−1) and would be rounded`;
/** A short, safe rendering of an offending cell for an error message. */
function describeCell(value) {
    if (typeof value === 'string')
        return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (typeof value === 'bigint')
        return `${value}`;
    if (value instanceof Date)
        return 'a timestamp';
    if (value instanceof Uint8Array)
        return 'binary bytes';
    if (Array.isArray(value))
        return 'a list';
    return typeof value === 'object' ? 'an object' : typeof value;
}
/** Parses numeric text; returns the number or a problem string. */
function numberFromText(text, type) {
    if (type === 'int' && INT_TEXT.test(text)) {
        // Up to 15 digits a double is exact: no BigInt needed.
        if (text.length <= 15)
            return Number(text) === 0 ? 0 : Number(text);
        const big = BigInt(text);
        if (big > BigInt(LIMIT) || big < -BigInt(LIMIT))
            return beyond(text);
        return Number(big);
    }
    if (!NUMBER_TEXT.test(text)) {
        return /^[+-]?(nan|inf|infinity)$/i.test(text) ? `${describeCell(text)} is not a finite number` : `${describeCell(text)} is not a number`;
    }
    const value = Number(text);
    if (!Number.isFinite(value))
        return `${describeCell(text)} is not a finite number`;
    return type === 'int' ? intFromNumber(value, text) : value;
}
function intFromNumber(value, shown) {
    if (!Number.isFinite(value))
        return `${shown} is not a finite number`;
    if (!Number.isInteger(value))
        return `${shown} is not an integer`;
    if (Math.abs(value) > LIMIT)
        return beyond(shown);
    return value;
}
function boolFromText(text) {
    const t = text.toLowerCase();
    if (t === 'true' || t === '1')
        return true;
    if (t === 'false' || t === '0')
        return false;
    return undefined;
}
class ColumnBuilder {
    request;
    numbers = [];
    strings = [];
    nullRows = [];
    constructor(request) {
        this.request = request;
    }
    get length() {
        return this.request.type === 'string' ? this.strings.length : this.numbers.length;
    }
    /** A CSV field: null for an empty unquoted field, otherwise the text. */
    pushText(text) {
        if (text === null)
            return this.pushNull();
        switch (this.request.type) {
            case 'string':
                this.strings.push(text);
                return undefined;
            case 'bool': {
                const b = boolFromText(text);
                if (b === undefined)
                    return `${describeCell(text)} is not a bool (true/false or 1/0)`;
                this.numbers.push(b ? 1 : 0);
                return undefined;
            }
            default: {
                const n = numberFromText(text, this.request.type);
                if (typeof n === 'string')
                    return n;
                this.numbers.push(n);
                return undefined;
            }
        }
    }
    /** A typed value from JSON or Parquet: null/undefined are nulls, other types must match exactly. */
    pushValue(value) {
        if (value === null || value === undefined)
            return this.pushNull();
        const type = this.request.type;
        if (type === 'string') {
            if (typeof value !== 'string')
                return `expected string, got ${describeCell(value)}`;
            this.strings.push(value);
            return undefined;
        }
        if (type === 'bool') {
            if (typeof value !== 'boolean')
                return `expected bool, got ${describeCell(value)}`;
            this.numbers.push(value ? 1 : 0);
            return undefined;
        }
        let n;
        if (typeof value === 'bigint') {
            n = value > BigInt(LIMIT) || value < -BigInt(LIMIT) ? beyond(`${value}`) : Number(value);
        }
        else if (typeof value === 'number') {
            if (!Number.isFinite(value))
                n = `${value} is not a finite number`;
            else
                n = type === 'int' ? intFromNumber(value, String(value)) : value;
        }
        else {
            n = `expected ${type}, got ${describeCell(value)}`;
        }
        if (typeof n === 'string')
            return n;
        this.numbers.push(n);
        return undefined;
    }
    pushNull() {
        if (!this.request.nullable)
            return 'null in a non-nullable column';
        this.nullRows.push(this.length);
        // A null's slot holds NaN / 0 / '' and is only meaningful through `nulls`; NaN makes a forgotten mask loud.
        if (this.request.type === 'string')
            this.strings.push('');
        else
            this.numbers.push(this.request.type === 'bool' ? 0 : NaN);
        return undefined;
    }
    build() {
        const nulls = this.nullRows.length > 0 ? maskOf(this.nullRows, this.length) : undefined;
        const withNulls = (c) => (nulls ? { ...c, nulls } : c);
        switch (this.request.type) {
            case 'string':
                return withNulls({ type: 'string', values: this.strings });
            case 'bool':
                return withNulls({ type: 'bool', values: Uint8Array.from(this.numbers) });
            default:
                return withNulls({ type: this.request.type, values: Float64Array.from(this.numbers) });
        }
    }
}
function maskOf(rows, length) {
    const mask = new Uint8Array(length);
    for (const r of rows)
        mask[r] = 1;
    return mask;
}
/**
 * A decoded Parquet column as a typed table column, with the same checks and messages as pushValue:
 * the declared type must match, nulls only where nullable, integers whole and within ±(2^53−1).
 */
function columnFromDecoded(decoded, rows, request, where) {
    const problemAt = (row, problem) => {
        throw new GateError(where, `row ${row + 1}, column "${request.name}": ${problem}`);
    };
    if (decoded.kind === 'loose') {
        const builder = new ColumnBuilder(request);
        for (let k = 0; k < rows; k++) {
            const problem = builder.pushValue(decoded.values[k]);
            if (problem)
                problemAt(k, problem);
        }
        return builder.build();
    }
    const nulls = decoded.nullCount > 0 ? decoded.nulls : undefined;
    if (nulls && !request.nullable)
        problemAt(nulls.indexOf(1), 'null in a non-nullable column');
    const firstPresent = () => {
        if (!nulls)
            return 0;
        for (let k = 0; k < rows; k++)
            if (!nulls[k])
                return k;
        return -1;
    };
    const withNulls = (c) => (nulls ? { ...c, nulls } : c);
    const type = request.type;
    if (decoded.kind === 'number') {
        if (type !== 'int' && type !== 'float') {
            const k = firstPresent();
            if (k >= 0)
                problemAt(k, `expected ${type}, got ${decoded.big?.get(k) ?? decoded.values[k]}`);
            return emptyOf(type, rows, nulls);
        }
        const values = decoded.values;
        if (decoded.big && decoded.big.size > 0) {
            const [k, big] = [...decoded.big].sort((a, b) => a[0] - b[0])[0];
            problemAt(k, beyond(`${big}`));
        }
        // One cheap pass; the exact problem is named only when something is wrong. Parquet integers need
        // none: they are whole, and those beyond ±(2^53−1) were reported in `big` above.
        let bad = -1;
        if (decoded.physical === 'INT32' || decoded.physical === 'INT64') {
            // nothing to check
        }
        else if (type === 'int') {
            for (let k = 0; k < rows; k++) {
                const v = values[k];
                if (!(v - Math.trunc(v) === 0 && v <= LIMIT && v >= -LIMIT) && !(nulls && nulls[k])) {
                    bad = k;
                    break;
                }
            }
        }
        else {
            for (let k = 0; k < rows; k++) {
                const v = values[k];
                if (v - v !== 0 && !(nulls && nulls[k])) {
                    bad = k;
                    break;
                }
            }
        }
        if (bad >= 0) {
            const v = values[bad];
            if (!Number.isFinite(v))
                problemAt(bad, `${v} is not a finite number`);
            if (!Number.isInteger(v))
                problemAt(bad, `${v} is not an integer`);
            problemAt(bad, beyond(String(v)));
        }
        if (type === 'int' && nulls)
            for (let k = 0; k < rows; k++)
                if (nulls[k])
                    values[k] = NaN;
        return withNulls({ type, values });
    }
    if (decoded.kind === 'bool') {
        if (type !== 'bool') {
            const k = firstPresent();
            if (k >= 0)
                problemAt(k, `expected ${type}, got ${decoded.values[k] === 1}`);
            return emptyOf(type, rows, nulls);
        }
        return withNulls({ type: 'bool', values: decoded.values });
    }
    if (type !== 'string') {
        const k = firstPresent();
        if (k >= 0) {
            const text = decoded.kind === 'codes' ? decoded.dictionary.get(decoded.codes[k]) : stringAt(decoded.strings.finish(), k);
            problemAt(k, `expected ${type}, got ${describeCell(text)}`);
        }
        return emptyOf(type, rows, nulls);
    }
    if (decoded.kind === 'codes')
        return stringColumnFromCodes(decoded.codes, decoded.dictionary.finish(), nulls);
    const sorted = decoded.sortedDistinct === undefined ? {} : { sortedDistinct: decoded.sortedDistinct };
    return stringColumnFromBytes({ ...decoded.strings.finish(), ...sorted }, nulls);
}
/** An all-null column (every row is null, so the declared type was never contradicted). */
function emptyOf(type, rows, nulls) {
    const mask = nulls ?? new Uint8Array(rows).fill(1);
    if (type === 'string')
        return { type, values: new Array(rows).fill(''), nulls: mask };
    if (type === 'bool')
        return { type, values: new Uint8Array(rows), nulls: mask };
    return { type, values: new Float64Array(rows).fill(NaN), nulls: mask };
}
/** Rows of a column, without materializing the strings of a coded or byte-backed string column. */
function columnLength(c) {
    if (c.type !== 'string')
        return c.values.length;
    return c.dictionary ? c.dictionary.codes.length : c.bytes ? c.bytes.offsets.length - 1 : c.values.length;
}
/** A typed array that grows by doubling. */
class Growing {
    array;
    length = 0;
    constructor(array) {
        this.array = array;
    }
    /** Room for `extra` more elements; returns the (possibly new) array, in shared memory if the old one was. */
    reserve(extra) {
        const need = this.length + extra;
        if (need > this.array.length)
            this.moveTo(Math.max(need, this.array.length * 2));
        return this.array;
    }
    /** Moves the rows to a new array of the same size: nothing written from now on lands in the old one. */
    relocate() {
        this.moveTo(this.array.length);
    }
    /** The rows in a new array of `size` (in shared memory if the old one was). */
    moveTo(size) {
        const moved = allocate(this.array.constructor, size, inSharedMemory(this.array));
        moved.set(this.array.subarray(0, this.length));
        this.array = moved;
    }
    finish() {
        return this.array.subarray(0, this.length);
    }
}
/** Writes `part` at row `at` of `out`: a move within the array when the part already lies in it (further on). */
function writeRows(out, part, at) {
    if (part.buffer !== out.buffer)
        return out.set(part, at);
    const from = (part.byteOffset - out.byteOffset) / out.BYTES_PER_ELEMENT;
    out.copyWithin(at, from, from + part.length);
}
/**
 * Joins the per-file columns of a table of parts into one column, part by part, so a part can be
 * dropped once appended (a single part is returned as it is; byte strings are kept in their parts). String
 * parts stay coded while every part is coded (their dictionaries merged), then byte-backed while every
 * part has bytes, else plain strings.
 */
class ColumnAssembler {
    request;
    only;
    rows = 0;
    numbers;
    nulls;
    coded;
    /** Where append put the last part: its first row and row count (see appended). */
    last;
    /** Byte-string parts, kept as they are (joined only when a consumer needs one array): see addStrings. */
    byteParts;
    strings;
    expectedParts;
    inPlace;
    shared;
    handedOn;
    /**
     * `parts` (expected) sizes the joined arrays from the first part, so equal parts never regrow them.
     * `inPlace` is the whole column's array (numbers, booleans or string codes) when the parts were
     * decoded into it (at their rows, or in a region further on that they move down from): such parts are
     * not copied into new memory, and codes are renumbered where they land.
     * With `shared`, joined numbers and codes go to shared memory (metrics on a worker read them there).
     * `handedOn`: the parts' buffers are handed on once appended (to a digest on another thread), so even
     * a single part is copied (except what is in shared memory, which is shared, not handed on).
     */
    constructor(request, options = {}) {
        this.request = request;
        this.expectedParts = options.parts ?? 1;
        this.inPlace = options.inPlace;
        this.shared = options.shared ?? false;
        this.handedOn = options.handedOn ?? false;
    }
    append(column) {
        this.last = undefined;
        // One expected part is kept as it is; with more, each part is joined at once (and may be dropped).
        if (this.expectedParts === 1 && !this.handedOn && !this.inPlace && this.rows === 0 && this.only === undefined) {
            this.only = column;
            return;
        }
        if (this.only !== undefined) {
            const first = this.only;
            this.only = undefined;
            this.add(first, columnLength(first) * 2);
        }
        this.add(column, this.rows === 0 ? columnLength(column) * Math.max(2, this.expectedParts) : 0);
    }
    add(part, capacity) {
        const at = this.rows;
        const n = columnLength(part);
        this.last = { at, n };
        if (part.nulls || this.nulls) {
            this.nulls ??= new Growing(new Uint8Array(Math.max(capacity, at + n)));
            const out = this.nulls.reserve(at + n - this.nulls.length);
            if (part.nulls)
                out.set(part.nulls.subarray(0, n), at);
            this.nulls.length = at + n;
        }
        if (part.type !== 'string') {
            const shared = this.inPlace instanceof Float64Array || this.inPlace instanceof Uint8Array ? this.inPlace : undefined;
            this.numbers ??= new Growing(shared ?? (part.type === 'bool' ? allocate(Uint8Array, capacity, this.shared) : allocate(Float64Array, capacity, this.shared)));
            const out = this.numbers.reserve(n);
            if (!sameRows(part.values, out, at))
                writeRows(out, part.values, at);
            this.numbers.length = at + n;
        }
        else
            this.addStrings(part, n, capacity);
        this.rows = at + n;
    }
    addStrings(part, n, capacity) {
        const at = this.rows;
        if (at === 0) {
            const shared = this.inPlace instanceof Int32Array ? this.inPlace : undefined;
            if (part.dictionary)
                this.coded = { codes: new Growing(shared ?? allocate(Int32Array, capacity, this.shared)), dictionary: new StringAccumulator(16), codeOf: new Map() };
            else if (part.bytes)
                this.byteParts = [];
            else
                this.strings = [];
        }
        if (this.coded && !part.dictionary) {
            // A part without codes: what is joined so far continues as bytes.
            const { codes, dictionary } = this.coded;
            this.coded = undefined;
            const joined = bytesOfCodes(codes.finish(), dictionary.finish(), this.nulls?.array.subarray(0, at));
            this.byteParts = [joined];
        }
        if (this.byteParts && !part.dictionary && !part.bytes) {
            // A part of plain strings: so is the whole column.
            const joined = joinBytes(this.byteParts);
            this.byteParts = undefined;
            this.strings = Array.from({ length: at }, (_, k) => (this.nulls?.array[k] ? '' : stringAt(joined, k)));
        }
        if (this.coded) {
            const { codes, dictionary, codeOf } = this.coded;
            const own = part.dictionary;
            const remap = Int32Array.from(own.strings, (s) => {
                let code = codeOf.get(s);
                if (code === undefined) {
                    codeOf.set(s, (code = dictionary.count));
                    dictionary.appendText(s);
                }
                return code;
            });
            const out = codes.reserve(n);
            // (no `?? 0` below: a third as fast, and a code is always in its part's dictionary). Codes that lie
            // in `out` further on (read in place into their region, see read-table) move down as they are read.
            if (!sameRows(own.codes, out, at))
                for (let k = 0; k < n; k++)
                    out[at + k] = remap[own.codes[k]];
            else if (!remap.every((code, k) => code === k))
                for (let k = at; k < at + n; k++)
                    out[k] = remap[out[k]];
            codes.length = at + n;
        }
        else if (this.byteParts) {
            // Kept without a copy unless the part is handed on (to the digest thread) and would go with it:
            // shared memory is shared, not handed on.
            const bytes = part.bytes;
            this.byteParts.push(this.handedOn && !inSharedMemory(bytes.data) ? joinBytes([bytes]) : bytes);
        }
        else
            for (const v of part.values)
                this.strings.push(v);
    }
    /**
     * After append: the part's rows as the table now holds them in shared memory — numbers, booleans, or
     * codes with a copy of the table's dictionary so far (what they now refer to) — for whoever reads the
     * part later (the digest): rows of a part read in place may since have moved or been renumbered, and
     * later parts move into what was theirs. Undefined when the column keeps the part as it is, or holds
     * its rows elsewhere than in shared memory.
     */
    appended() {
        const array = this.coded?.codes.array ?? this.numbers?.array;
        if (!this.last || !array || !inSharedMemory(array))
            return undefined;
        const rows = array.subarray(this.last.at, this.last.at + this.last.n);
        if (!this.coded)
            return { rows };
        const { data, offsets, count } = this.coded.dictionary;
        return { rows, dictionary: { data: data.slice(0, offsets[count]), offsets: offsets.slice(0, count + 1) } };
    }
    /** Moves the joined rows out of the table-wide array read in place, so later parts' regions of it stay theirs (see read-table). */
    relocate() {
        this.inPlace = undefined;
        this.numbers?.relocate();
        this.coded?.codes.relocate();
    }
    /** The joined column. */
    build() {
        if (this.only !== undefined)
            return this.only;
        const nulls = this.nulls?.finish();
        const type = this.request.type;
        if (type === 'string') {
            if (this.coded)
                return stringColumnFromCodes(this.coded.codes.finish(), this.coded.dictionary.finish(), nulls);
            if (this.byteParts)
                return stringColumnFromByteParts(this.byteParts, nulls);
            const values = this.strings ?? [];
            return nulls ? { type, values, nulls } : { type, values };
        }
        const values = this.numbers?.finish() ?? new Float64Array(0);
        if (type === 'bool')
            return nulls ? { type, values: values, nulls } : { type, values: values };
        return nulls ? { type, values: values, nulls } : { type, values: values };
    }
}
/** True when `part` is the view of `whole`'s rows from `at` on (decoded in place). */
function sameRows(part, whole, at) {
    return part.buffer === whole.buffer && part.byteOffset === whole.byteOffset + at * whole.BYTES_PER_ELEMENT;
}
/**
 * A column of text cells held as bytes (the byte-level CSV reader) as a typed table column, with the
 * values pushText would give. Returns undefined on the first cell pushText would refuse: the caller
 * then reads the file the text way, which names the cell and the problem.
 */
function columnFromTextBytes(cells, nulls, nullCount, request) {
    const rows = cells.offsets.length - 1;
    if (nullCount > 0 && !request.nullable)
        return undefined;
    const mask = nullCount > 0 ? nulls : undefined;
    const { data, offsets } = cells;
    const type = request.type;
    if (type === 'string') {
        return strings_stringColumnFromBytes(cells, mask);
    }
    if (type === 'bool') {
        const values = new Uint8Array(rows);
        for (let k = 0; k < rows; k++) {
            if (mask && mask[k])
                continue;
            const b = boolOrDigitValue(data, offsets[k], offsets[k + 1]);
            if (b < 0)
                return undefined;
            values[k] = b;
        }
        return mask ? { type, values, nulls: mask } : { type, values };
    }
    // Number(text) per cell, NaN where the cell is not number text (shared with the digest).
    const parsed = numbersOfCells(data, offsets, rows);
    const values = new Float64Array(rows);
    for (let k = 0; k < rows; k++) {
        if (mask && mask[k]) {
            values[k] = NaN;
            continue;
        }
        let v = parsed[k];
        if (v - v !== 0)
            return undefined;
        if (type === 'int') {
            const start = offsets[k];
            const end = offsets[k + 1];
            if (end - start > 15 && numberTextKind(data, start, end) === INTEGER_TEXT) {
                const n = numberFromText(latin1(data, start, end), 'int');
                if (typeof n === 'string')
                    return undefined;
                v = n;
            }
            else if (!Number.isInteger(v) || Math.abs(v) > LIMIT)
                return undefined;
            else if (end - start <= 15 && v === 0 && numberTextKind(data, start, end) === INTEGER_TEXT)
                v = 0; // "-0" → 0, as numberFromText
        }
        values[k] = v;
    }
    return mask ? { type, values, nulls: mask } : { type, values };
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/artifacts/paths.ts



/** How a path appears in an error: relative to the working directory when inside it, else absolute. */
function paths_displayPath(absPath) {
    const rel = (0,external_node_path_namespaceObject.relative)(process.cwd(), absPath);
    return rel === '' || rel.startsWith('..') || (0,external_node_path_namespaceObject.isAbsolute)(rel) ? absPath : rel;
}
/** The run folder as an absolute real path; a missing run folder is a GateError. */
function paths_realRunDir(runDir) {
    const abs = resolve(runDir);
    try {
        if (!statSync(abs).isDirectory())
            throw new GateError(paths_displayPath(abs), 'run folder is not a folder');
        return realpathSync(abs);
    }
    catch (e) {
        if (e instanceof GateError)
            throw e;
        throw new GateError(paths_displayPath(abs), 'run folder not found');
    }
}
const isInside = (root, candidate) => candidate === root || candidate.startsWith(root.endsWith(sep) ? root : root + sep);
/** The real path of `abs`, or of its deepest existing ancestor joined with the rest when it does not exist. */
function realPathOrAncestor(abs) {
    let existing = abs;
    const rest = [];
    while (!existsSync(existing)) {
        const parent = dirname(existing);
        if (parent === existing)
            return abs;
        rest.unshift(existing.slice(parent.length).replace(/^[\\/]+/, ''));
        existing = parent;
    }
    return resolve(realpathSync(existing), ...rest);
}
/**
 * Resolves a path inside the run folder; rejects '..', absolute paths and symlinks that lead outside.
 * The path need not exist; when it (or an ancestor) is a symlink, its real target must stay inside.
 */
function paths_resolveInRun(runDir, relPath) {
    const root = paths_realRunDir(runDir);
    if (relPath === '' || relPath.includes('\0'))
        throw new GateError(relPath, 'empty or invalid path in the run folder');
    if (isAbsolute(relPath) || /^[\\/]/.test(relPath) || /^[A-Za-z]:/.test(relPath)) {
        throw new GateError(relPath, 'absolute paths are not allowed; give a path relative to the run folder');
    }
    if (relPath.split(/[\\/]+/).includes('..')) {
        throw new GateError(relPath, "'..' is not allowed: the path must stay inside the run folder");
    }
    const abs = resolve(root, relPath);
    if (!isInside(root, abs))
        throw new GateError(relPath, 'the path leaves the run folder');
    let real;
    try {
        real = realPathOrAncestor(abs);
    }
    catch (e) {
        throw new GateError(paths_displayPath(abs), `cannot resolve path: ${e.message}`);
    }
    if (!isInside(root, real)) {
        throw new GateError(paths_displayPath(abs), `is a symlink that leads outside the run folder (to ${real})`);
    }
    return abs;
}
/** True when the path (same safety rules as resolveInRun) is a file or a folder with at least one visible entry. */
function outputExists(runDir, relPath) {
    const abs = paths_resolveInRun(runDir, relPath);
    let stats;
    try {
        stats = statSync(abs);
    }
    catch {
        return false;
    }
    if (stats.isFile())
        return true;
    if (!stats.isDirectory())
        return false;
    return readdirSync(abs).some((entry) => !paths_isHidden(entry));
}
/** Hidden and bookkeeping entries ('.crc', '_SUCCESS', '_temporary') are never data. */
const paths_isHidden = (entry) => entry.startsWith('.') || entry.startsWith('_');
/** Path relative to the run folder with '/' separators, as recorded in Table.files. */
const paths_runRelative = (root, abs) => relative(root, abs).split(sep).join('/');

;// CONCATENATED MODULE: ./src/artifacts/files.ts




const EXTENSIONS = { '.parquet': 'parquet', '.csv': 'csv', '.jsonl': 'jsonl', '.ndjson': 'jsonl' };
/** The format a file name's extension stands for (case-insensitive), if any. */
function files_formatOfName(fileName) {
    const dot = fileName.lastIndexOf('.');
    return dot > 0 ? EXTENSIONS[fileName.slice(dot).toLowerCase()] : undefined;
}
/** The file name without its table extension. */
function files_stripExtension(fileName) {
    return files_formatOfName(fileName) ? fileName.slice(0, fileName.lastIndexOf('.')) : fileName;
}
/**
 * Locates the files of a table: `relPath` is a file, or a folder whose visible files with a table
 * extension are its parts, in sorted file-name order. Every file passes the run-folder safety rules.
 * The format is `format` when given, else the extension; a folder mixing formats is an error.
 */
function files_tableFiles(runDir, relPath, tableName, format) {
    const root = realRunDir(runDir);
    const path = resolveInRun(runDir, relPath);
    const where = displayPath(path);
    let isDir;
    try {
        const stats = statSync(path);
        if (!stats.isFile() && !stats.isDirectory())
            throw new GateError(where, `table ${tableName} is neither a file nor a folder`);
        isDir = stats.isDirectory();
    }
    catch (e) {
        if (e instanceof GateError)
            throw e;
        throw new GateError(where, `table ${tableName} not found`);
    }
    if (!isDir) {
        const fmt = format ?? files_formatOfName(path);
        if (!fmt)
            throw new GateError(where, `cannot tell the format of table ${tableName} from its extension; set format (parquet, csv or jsonl)`);
        return { format: fmt, files: [path], relFiles: [runRelative(root, path)], path };
    }
    const parts = [];
    const formats = new Set();
    for (const entry of readdirSync(path).sort()) {
        if (isHidden(entry))
            continue;
        const partRel = `${relPath.replace(/[\\/]+$/, '')}/${entry}`;
        const partPath = resolveInRun(runDir, partRel);
        const stats = statSync(partPath);
        const fmt = files_formatOfName(entry);
        if (stats.isDirectory()) {
            throw new GateError(displayPath(partPath), `table ${tableName}: nested folders of parts are not supported`);
        }
        if (!stats.isFile() || !fmt || (format && fmt !== format))
            continue;
        formats.add(fmt);
        parts.push(partPath);
    }
    if (formats.size > 1)
        throw new GateError(where, `table ${tableName} mixes part formats (${[...formats].sort().join(', ')})`);
    const fmt = format ?? [...formats][0];
    if (parts.length === 0 || !fmt) {
        throw new GateError(where, `table ${tableName} has no ${format ?? 'parquet, csv or jsonl'} part files`);
    }
    return { format: fmt, files: parts, relFiles: parts.map((p) => runRelative(root, p)), path };
}
async function files_readBytes(path) {
    try {
        return await readFile(path);
    }
    catch (e) {
        throw new GateError(displayPath(path), `cannot read: ${e.message}`);
    }
}
/** `use` of the open file and its size; a failure other than a GateError named as readBytes names it. */
function withOpenFile(path, use) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r');
        return use(fd, (0,external_node_fs_namespaceObject.fstatSync)(fd).size);
    }
    catch (e) {
        if (e instanceof errors_GateError)
            throw e;
        throw new errors_GateError(paths_displayPath(path), `cannot read: ${e.message}`);
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** `bytes` filled from the file's bytes at `position` on. */
function readFully(fd, bytes, position, path) {
    for (let at = 0; at < bytes.length;) {
        const n = (0,external_node_fs_namespaceObject.readSync)(fd, bytes, at, bytes.length - at, position + at);
        if (n === 0)
            throw new errors_GateError(paths_displayPath(path), 'file shrank while being read');
        at += n;
    }
}
/**
 * A whole file read into the array `room(size)` gives (at least `size` bytes long); returns its first
 * `size` bytes. Errors as readBytes names them.
 */
function readWhole(path, room) {
    return withOpenFile(path, (fd, size) => {
        const bytes = room(size).subarray(0, size);
        readFully(fd, bytes, 0, path);
        return bytes;
    });
}
/** The first `limit` bytes of a file (all of it when shorter). Errors as readBytes names them. */
function readHead(path, limit) {
    return withOpenFile(path, (fd, size) => {
        const bytes = new Uint8Array(Math.min(size, limit));
        readFully(fd, bytes, 0, path);
        return bytes;
    });
}
/**
 * The byte ranges [from, to) of a file and its last `tail` bytes, each at its place in an array of the
 * file's size; the rest stays zeros, never written, so it takes no memory. A worker decoding some row
 * groups of a large Parquet file reads just those and the footer, alongside the other workers. Errors
 * as readBytes names them; a range past the end reads as a file that shrank.
 */
function readRanges(path, ranges, tail) {
    return withOpenFile(path, (fd, size) => {
        const bytes = new Uint8Array(size);
        for (const [from, to] of [...ranges, [size - tail, size]]) {
            if (!(from >= 0 && from <= to && to <= size))
                throw new errors_GateError(paths_displayPath(path), 'file shrank while being read');
            readFully(fd, bytes.subarray(from, to), from, path);
        }
        return bytes;
    });
}
/**
 * Whole files read one after another into one buffer, reused while it is large enough: a fresh buffer
 * per file costs a page fault per 4 KB written (more than the read itself on a 45 MB CSV part). The
 * bytes of a read are the caller's until it gives them back with `done`; a read meanwhile gets a fresh
 * buffer. A buffer transferred to another thread (detached) is not reused.
 */
class ReusedReads {
    spare;
    read(path) {
        return readWhole(path, (size) => {
            const spare = this.spare;
            if (!spare || spare.length < size)
                return new Uint8Array(size);
            this.spare = undefined;
            return spare;
        });
    }
    done(bytes) {
        const { buffer } = bytes;
        if (buffer instanceof SharedArrayBuffer || buffer.byteLength <= (this.spare?.length ?? 0))
            return;
        this.spare = new Uint8Array(buffer);
    }
}
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Strict UTF-8 text (the BOM, if any, is kept for the parsers to skip). */
function files_decodeText(bytes, where) {
    try {
        return utf8.decode(bytes);
    }
    catch {
        const parquet = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31;
        throw new GateError(where, parquet ? 'not valid UTF-8 text: this looks like a Parquet file (starts with PAR1); name it .parquet or set format: parquet' : 'not valid UTF-8 text');
    }
}

;// CONCATENATED MODULE: ./src/artifacts/jsonl.ts

/**
 * JSON Lines: one JSON object per line (LF or CRLF), an optional UTF-8 BOM, blank lines ignored.
 * Each object is handed over with its 1-based line number; anything else on a line is a GateError.
 */
function jsonl_readJsonl(text, where, onObject) {
    let rows = 0;
    let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let line = 0;
    while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        line++;
        const raw = text.slice(start, end);
        start = end + 1;
        if (raw.trim() === '')
            continue;
        let value;
        try {
            value = JSON.parse(raw);
        }
        catch (e) {
            throw new GateError(where, `line ${line}: invalid JSON (${oneLine(e.message)})`);
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new GateError(where, `line ${line}: expected a JSON object, got ${Array.isArray(value) ? 'a list' : JSON.stringify(value)}`);
        }
        rows++;
        onObject(value, line);
    }
    return rows;
}
/** JSON.parse messages may quote the input: keep them short and on one line. */
function oneLine(message) {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    const flat = message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
    return flat.length > 120 ? flat.slice(0, 120) + '…' : flat;
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./src/artifacts/csv-scan-wasm.ts
// Generated by `npm run wasm` from csv-scan.wat: do not edit.
const CSV_SCAN_WASM = 'AGFzbQEAAAABOgZgBX9/f39/AX9gCn9/f39/f39/f38Bf2ALf39/f39/f39/f38Bf2ACf38BfmACfn8Bf2AEf39/fwADCAcAAQIDBAUCBQMBAAEGCwJ/AUEAC38BQQALB0YIBm1lbW9yeQIAB3JlY29yZHMDAAVub3RlZAMBBHNjYW4AAAdudW1iZXJzAAEGZmllbGRzAAIFbGVhcm4ABQVjb2RlcwAGCpEUB8MFAwF/AXsQfwJAA0AgBSABTw0BIAAgBWr9AAQAIQYgEiAGQSL9D/0jIAZBDf0P/SP9UP1TcgRAIAZBCv0P/SP9ZCEIIAggBkEs/Q/9I/1kciEQIAZBIv0P/SP9ZCEOIAZBDf0P/SP9ZCEPQQEhEyAFBEAgACAFQQFrai0AACEWIBZBLEYgFkEKRnIgFkEiRnIhEwsgFCAQIA5yIA9yQQFxRXEEQEF/DwsgFSAIQQFxRXEEQEF/DwsgDiERIBEgEUEBdHMhESARIBFBAnRzIREgESARQQR0cyERIBEgEUEIdHMhESARIBJzQf//A3EhEUEAIBFBD3ZrQf//A3EhEiAPIBFB//8Dc3EgCEEBdkGAgAJyQf//A3NxIA4gEXEgECAOckEBdCATckH//wNxQf//A3NxciAOIBFB//8Dc3FB//8BcSAQIA5yIA9yQQF2IAEgBWtBEEkEf0EBIAEgBWtBAWt0BUEAC3JB//8Dc3FyBEBBfw8LIA4gEUH//wNzcUEPdkEBcSEUIA8gEUH//wNzcUEPdkEBcSEVIBAgEUH//wNzcSEQIAggEUH//wNzcSEIBSAGQQr9D/0j/WQhCCAIIAZBLP0P/SP9ZHIhECAUIBVyBEAgFCAQQQFxRXEEQEF/DwsgFSAIQQFxRXEEQEF/DwtBACEUQQAhFQsLIAogCGlqIQogECEHAkADQCAHRQ0BIAIgCUECdGogBCAFIAdoamo2AgAgCUEBaiEJIAcgB0EBa3EhBwwACwsgBUEQaiEFDAALCyASIBVyBEBBfw8LIAFBAEsEQCAAIAFBAWtqLQAAQQpHIQsgCiALaiEKCyAJIAogA2wgC2tHBEBBfw8LIAogC2shDQJAA0AgDCANTw0BIAxBAWohDEEKIAAgBGsgAiAMIANsQQFrQQJ0aigCAGotAABGDQBBfw8LCyAKJAAgCQuqCAMLfwJ+DHxBACQBIAAgB2shFCABIAMgAmxqIQoCQANAIAMgBE8NASAKBH8gFCAIIApBAWtBAnRqKAIAQQFqagUgAAshDCAKIAVJBH8gFCAIIApBAnRqKAIAagUgACAGagshDSAMIA1JBEAgDSANQQFrLQAAQQ1GayENCyAMIA1GDQEgDC0AAEEiRgRAIAxBAWohDCANQQFrIQ0gDCANRg0CCyANIAxrQQhNBEBBCCANIAxra0EDdK0hFiAMKQMAIBaGQrDgwIGDhoyYMELAACAWfYhCACAWQgBSG4RCsODAgYOGjJgwfSEWIBYgFkL27Nmz586du/YAfIRCgIGChIiQoMCAf4NQBEAgFkIKfiAWQgiIfEL/gfyH8J/A/wCDIRYgFkLkAH4gFkIQiHxC//+DgPD/P4MhFiAWQpDOAH4gFkIgiHxC/////w+DIRYgCSADQQN0aiAWujkDACADQQFqIQMgCiACaiEKDAILCyAMLQAAQS1GIQ8gDCAPaiELQgAhFUF/IRBBACERQQAhEgJAA0AgC0EIaiANTQRAIAspAwBCsODAgYOGjJgwfSEWIBYgFkL27Nmz586du/YAfIRCgIGChIiQoMCAf4NQBEAgEQRAIBJBCGohEgUgFkIAUgRAQQEhEUEIIBZ6QgOIp2shEgsLIBZCCn4gFkIIiHxC/4H8h/CfwP8AgyEWIBZC5AB+IBZCEIh8Qv//g4Dw/z+DIRYgFkKQzgB+IBZCIIh8Qv////8PgyEWIBVCgMLXL34gFnwhFSALQQhqIQsMAgsLIAsgDU8NASALLQAAQTBrIQ4gDkEJTQRAIBVCCn4gDq18IRUgESAOQQBHciERIBIgEWohEgUgDkF+RyAQQQBOcg0CIAshEAsgC0EBaiELDAALCyALIA1HDQEgEEEATgRAIBAgDCAPakYNAiANIBBrQQFrIRMgE0UNAiATQRZLDQIFIA0gDCAPakYNAiANIAxrQQ9LDQIgDyAVUHENAkEAIRMLIBJBE0sNASATRQRAIBW6IRcFIBNBA3QrAwAhGSAVQoCAgICAgIAQWARAIBW6IBmjIRcFIBW6IRggGCAZoyEaIBogGaIhG0QAAAACAACgQSAaoiEfIB8gHyAaoaEhHyAaIB+hISBEAAAAAgAAoEEgGaIhISAhICEgGaGhISEgGSAhoSEiIB8gIaIgG6EgHyAioqAgICAhoqAgICAioqAhHCAYIBuhIByhIBUgGLF9uaAgGaMhHCAaIBygIRcgHCAXIBqhoSEdIBeZRAAAAAAAAMA5oiEeIBcgHSAeoKAgF2INAyAXIB0gHqGgIBdiDQMLIBedIBdiIBdE////////P0NkcgRAQQEkAQsLIA8EQCAXmiEXCyAJIANBA3RqIBc5AwAgA0EBaiEDIAogAmohCgwACwsgAwutAgEHfyAAIAZrIREgCCEPIAEhDAJAA0AgCyADTw0BIAwEfyARIAcgDEEBa0ECdGooAgBBAWpqBSAACyENIAwgBEkEfyARIAcgDEECdGooAgBqBSAAIAVqCyEOIA0gDkkEQCAOIA5BAWstAABBDUZrIQ4LIBAgDSAORmohECANIA5JIA0tAABBIkZxBEAgDUEBaiENIA5BAWshDgJAA0AgDSAOTw0BIA8gDS0AADoAACANQQEgDS0AAEEiRmpqIQ0gD0EBaiEPDAALCwUCQANAIA0gDk8NASAPIA39AAQA/QsEACAPQRBqIQ8gDUEQaiENDAALCyAPIA0gDmtrIQ8LIAkgC0ECdGogCiAPIAhrajYCACALQQFqIQsgDCACaiEMDAALCyAQJAEgDyAIawsVACAAKQMAQn9BwAAgAUEDdGutiIMLGAAgACABrYVClfip+pe33puef35CNIinC00CAX4CfyABIAIQAyEEIAQgAhAEIQUDQCAAIAVBBHRqIQYgBigCCARAIAVBAWpB/x9xIQUMAQsLIAYgBDcDACAGIAI2AgggBiADNgIMC/ECAwV/AX4EfyAAIAdrIQ8gASADIAJsaiELAkADQCADIARPDQEgCwR/IA8gCCALQQFrQQJ0aigCAEEBamoFIAALIQwgCyAFSQR/IA8gCCALQQJ0aigCAGoFIAAgBmoLIQ0gDCANSQRAIA0gDUEBay0AAEENRmshDQsgDCANRg0BIAwtAABBIkYhFCAMIBRqIQwgDSAUayENIA0gDGshDiAORQ0BIA5BCEsNASAMKQMAQn9BwAAgDkEDdGutiIMhECAQIA6thUKV+Kn6l7fem55/fkI0iKchESAUQgAgEEKixIiRosSIkSKFQoGChIiQoMCAAX0gEEKixIiRosSIkSKFQn+Fg0KAgYKEiJCgwIB/g1JxDQECQANAIAogEUEEdGohEiASKAIIIRMgE0UNAyATIA5GIBIpAwAgEFFxDQEgEUEBakH/H3EhEQwACwsgCSADQQJ0aiASKAIMNgIAIANBAWohAyALIAJqIQsMAAsLIAML';

;// CONCATENATED MODULE: ./src/artifacts/csv-scan.ts
/**
 * The WebAssembly SIMD kernels of regular CSV blocks (csv-bytes.ts readRecords; source csv-scan.wat):
 * the separators, found 16 bytes at a time (outside quoted fields, whose quotes it checks), then per
 * column its numbers, codes or fields' bytes, read from the kernel's copy of the block. About three
 * times faster than the JavaScript loops of csv-bytes.ts, which stay for irregular records (CRs outside
 * quotes, misplaced quotes, ragged rows) and for the fields the kernels leave.
 */

const PAGE = 65536;
/** Memory [0, 184): 10^0 … 10^22, which `numbers` divides by. */
const csv_scan_POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);
/** The code tables (see `codes`): 4096 slots of 16 bytes each, filled at most half. */
const TABLES = 256;
const TABLE_BYTES = 4096 * 16;
const TABLE_COUNT = 8;
/** Strings a code table holds at most, and their longest length. */
const TABLE_STRINGS = 2048;
const TABLE_STRING_BYTES = 8;
const BLOCK = TABLES + TABLE_COUNT * TABLE_BYTES;
/** One per thread, compiled on first use. */
let kernel;
/** Code tables handed out since the last freeCodeTables. */
let tablesInUse = 0;
function instance() {
    if (!kernel) {
        kernel = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(CSV_SCAN_WASM, 'base64'))).exports;
        kernel.memory.grow(Math.ceil(BLOCK / PAGE));
        new Float64Array(kernel.memory.buffer, 0, csv_scan_POWERS.length).set(csv_scan_POWERS);
    }
    return kernel;
}
/**
 * An empty code table for one coded column of the records being read (see BlockKernel.codes), or -1
 * when all are in use. Tables hold the codes of one reading: freeCodeTables before the next.
 */
function newCodeTable() {
    if (tablesInUse === TABLE_COUNT)
        return -1;
    const table = TABLES + tablesInUse++ * TABLE_BYTES;
    new Uint8Array(instance().memory.buffer, table, TABLE_BYTES).fill(0);
    return table;
}
function freeCodeTables() {
    tablesInUse = 0;
}
/** The columns of the block last scanned on this thread, read by the kernels. */
class BlockKernel {
    kernel;
    len;
    base;
    width;
    count;
    records;
    layout;
    constructor(kernel, len, base, width, count, records, 
    /** Where the stops, the numbers, the fields' bytes and their ends are in the kernel's memory. */
    layout) {
        this.kernel = kernel;
        this.len = len;
        this.base = base;
        this.width = width;
        this.count = count;
        this.records = records;
        this.layout = layout;
    }
    /**
     * The numbers of field k of records row, row + 1, … into values[at + record], each Number() of its
     * text; returns the first record it leaves (see csv-scan.wat `numbers`), records when none, and
     * whether a number read is not an integer within ±(2^53 − 1).
     */
    numbers(k, row, values, at) {
        const { kernel, layout } = this;
        const next = kernel.numbers(BLOCK, k, this.width, row, this.records, this.count, this.len, this.base, layout.stops, layout.numbers);
        if (next > row)
            values.set(new Float64Array(kernel.memory.buffer, layout.numbers + row * 8, next - row), at + row);
        return { next, notWhole: kernel.noted.value !== 0 };
    }
    /**
     * The codes of field k of records row, row + 1, … into codes[at + record] from a code table; returns
     * the first record it leaves (empty, longer than TABLE_STRING_BYTES, with a doubled quote, or not in
     * the table), records when none.
     */
    codes(k, row, codes, at, table) {
        const { kernel, layout } = this;
        const next = kernel.codes(BLOCK, k, this.width, row, this.records, this.count, this.len, this.base, layout.stops, layout.numbers, table);
        if (next > row)
            codes.set(new Int32Array(kernel.memory.buffer, layout.numbers + row * 4, next - row), at + row);
        return next;
    }
    /** The field in [start, end) of the block (1 to TABLE_STRING_BYTES bytes) has `code` from now on in `table`. */
    learn(table, start, end, code) {
        this.kernel.learn(table, BLOCK + start - this.base, end - start, code);
    }
    /**
     * The bytes of field k of every record, one after another, and their ends counted from `at`
     * (to append to strings whose bytes end at `at`), and the number of empty fields. Views of the
     * kernel's memory, valid until the next call on this thread.
     */
    fields(k, at) {
        const { kernel, layout } = this;
        const written = kernel.fields(BLOCK, k, this.width, this.records, this.count, this.len, this.base, layout.stops, layout.bytes, layout.ends, at);
        return {
            bytes: new Uint8Array(kernel.memory.buffer, layout.bytes, written),
            ends: new Uint32Array(kernel.memory.buffer, layout.ends, this.records),
            empty: kernel.noted.value
        };
    }
}
/**
 * The comma and line feed positions in [from, to) of `bytes` and the block's record count; records -1
 * when the block is not regular (see csv-scan.wat). `stops` is a view of the kernel's memory and
 * `kernel` reads the block's columns, both valid until the next call on this thread. Undefined when
 * the kernel's memory cannot grow to the block.
 */
function regularSeparators(bytes, from, to, width) {
    const kernel = instance();
    const len = to - from;
    // The block, padded to a multiple of 16 bytes, then room for a stop per byte; a number per record
    // (at most one per byte, and one more); the fields' bytes of one column, with 16 bytes of room to
    // copy past them; their ends.
    const padded = (len + 15) & ~15;
    const stops = BLOCK + padded;
    const numbers = stops + padded * 4;
    const fieldBytes = numbers + (padded + 16) * 8;
    const ends = fieldBytes + padded + 32;
    const need = ends + (padded + 16) * 4;
    const { memory } = kernel;
    if (memory.buffer.byteLength < need) {
        try {
            memory.grow(Math.ceil((need - memory.buffer.byteLength) / PAGE));
        }
        catch {
            return undefined; // past WebAssembly's 4 GiB: the JavaScript scan takes the block
        }
    }
    const block = new Uint8Array(memory.buffer, BLOCK, padded);
    block.set(bytes.subarray(from, to));
    block.fill(0x41, len); // 'A', not a separator
    const count = kernel.scan(BLOCK, len, stops, width, from);
    if (count < 0)
        return { stops: new Int32Array(0), count: 0, records: -1 };
    const records = kernel.records.value;
    return {
        stops: new Int32Array(memory.buffer, stops, count),
        count,
        records,
        kernel: new BlockKernel(kernel, len, from, width, count, records, { stops, numbers, bytes: fieldBytes, ends })
    };
}

;// CONCATENATED MODULE: ./src/artifacts/csv-bytes.ts





/**
 * The byte-level CSV reader: the grammar of csv.ts (RFC 4180 quotes and doubled quotes, line breaks
 * inside quotes, CRLF, LF or a lone CR, an optional UTF-8 BOM; an empty unquoted field is null, a
 * quoted empty field the empty string), read straight from the file's bytes with no JS string per
 * cell, each wanted column kept the way its cells call for:
 *   'number'  Number(text) of each cell, parsed from the file's bytes (never copied);
 *   'codes'   few distinct strings: a dictionary and one code per row (as a dictionary-encoded Parquet
 *             column), turning into 'bytes' when the strings are not few;
 *   'bytes'   every cell's bytes.
 * A 'number' column meeting a cell that is not plain number text (text, a quoted or long integer, "-0")
 * is read again as 'bytes', which keeps every cell as written. The reader only ever succeeds: anything
 * readCsv would refuse (invalid UTF-8, an empty file, a bad header, a stray quote, a wrong field count)
 * returns undefined, and the caller reads the file with readCsv, which says what and where.
 */
const csv_bytes_QUOTE = 34;
const csv_bytes_COMMA = 44;
const csv_bytes_CR = 13;
const csv_bytes_LF = 10;
const csv_bytes_ZERO = 48;
/** Bytes that end an unquoted field (a quote there is an error). */
const STOP = new Uint8Array(256);
STOP[csv_bytes_COMMA] = STOP[csv_bytes_CR] = STOP[csv_bytes_LF] = STOP[csv_bytes_QUOTE] = 1;
/** Bytes that end a field. */
const ENDS = new Uint8Array(256);
ENDS[csv_bytes_COMMA] = ENDS[csv_bytes_CR] = ENDS[csv_bytes_LF] = 1;
// ignoreBOM: a cell that starts with U+FEFF keeps it (the default decoder would drop it).
const csv_bytes_decoder = new TextDecoder('utf-8', { ignoreBOM: true });
/** A coded column turns into bytes beyond this many distinct strings, or when they are over a quarter of its rows. */
const MAX_CODED = 1 << 16;
const MIN_CODED_CHECK = 4096;
/** One wanted column's cells while a file is read. */
class Cells {
    kind;
    shared;
    values = new Float64Array(0);
    codes = new Int32Array(0);
    interner = new ByteInterner();
    /** The kernel's code table of this column (csv-scan.ts newCodeTable): undefined before the first regular block, -1 for none. */
    table;
    /** code + 1 of a string recently seen, by slot (see codeOf); 0 for none. */
    recent = new Int32Array(256);
    strings = new strings_StringAccumulator(0);
    nullRows = [];
    count = 0;
    /** Every non-null number so far is finite / an integer within ±(2^53 − 1). */
    finite = true;
    whole = true;
    /**
     * `shared`: byte strings go to shared memory (a worker's, for the main thread to keep as they are).
     * `target`: where numbers or codes go while they fit (see CsvReadOptions.targets), instead of a new array.
     */
    constructor(kind, capacity, bytesPerCell, shared, target) {
        this.kind = kind;
        this.shared = shared;
        if (kind === 'number')
            this.values = target instanceof Float64Array ? target : new Float64Array(capacity);
        else if (kind === 'codes')
            this.codes = target instanceof Int32Array ? target : new Int32Array(capacity);
        else
            this.strings = sized(capacity, bytesPerCell * capacity, shared);
    }
    number(value) {
        if (this.count === this.values.length)
            this.values = grown(this.values);
        this.values[this.count++] = value;
    }
    /** Keeps `finite` and `whole` true while the number read from text (not a null's NaN) is. */
    note(value) {
        if (value - value !== 0)
            this.finite = this.whole = false;
        else if (!Number.isInteger(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER)
            this.whole = false;
    }
    code(buf, start, end) {
        if (this.count === this.codes.length)
            this.codes = grown(this.codes);
        const code = this.codeOf(buf, start, end);
        this.codes[this.count++] = code;
        if (code >= MIN_CODED_CHECK && code === this.interner.size - 1 && this.tooMany(this.count))
            this.uncode();
    }
    /** True when the distinct strings are not few for a column of `rows` rows so far. */
    tooMany(rows) {
        const distinct = this.interner.size;
        return distinct > MAX_CODED || distinct * 4 > rows;
    }
    /**
     * The code of a string: first the one last seen in its slot of `recent` (by its length and first
     * and last bytes), its bytes compared; else the interner's (which hashes them).
     */
    codeOf(buf, start, end) {
        const length = end - start;
        const slot = length === 0 ? 0 : (length * 961 + buf[start] * 31 + buf[end - 1]) & 255;
        const seen = this.recent[slot] - 1;
        if (seen >= 0) {
            const { data, offsets } = this.interner.strings;
            let at = offsets[seen];
            if (offsets[seen + 1] - at === length) {
                let k = start;
                while (k < end && data[at] === buf[k]) {
                    at++;
                    k++;
                }
                if (k === end)
                    return seen;
            }
        }
        const code = this.interner.intern(buf, start, end);
        this.recent[slot] = code + 1;
        return code;
    }
    append(buf, start, end) {
        this.strings.appendBytes(buf, start, end);
        this.count++;
    }
    /** Field k of the block's `rows` records, by its kernel; returns how many were empty (nulls the caller marks). */
    appendFields(kernel, k, rows) {
        const { strings } = this;
        const { bytes, ends, empty } = kernel.fields(k, strings.offsets[strings.count]);
        strings.appendJoined(bytes, ends);
        this.count += rows;
        return empty;
    }
    /** An empty unquoted field (NaN, code 0 or no bytes in its slot). */
    null() {
        this.nullRows.push(this.count);
        if (this.kind === 'number')
            this.number(NaN);
        else if (this.kind === 'bytes')
            this.append(EMPTY, 0, 0);
        else {
            if (this.count === this.codes.length)
                this.codes = grown(this.codes);
            this.codes[this.count++] = 0;
        }
    }
    /** Any other cell (a quoted one's unescaped bytes); false when a 'number' column cannot keep it. */
    text(buf, start, end) {
        if (this.kind === 'codes')
            this.code(buf, start, end);
        else if (this.kind === 'bytes')
            this.append(buf, start, end);
        else {
            const value = numberOrNaN(buf, start, end);
            if (value !== value || needsText(value, start, end))
                return false;
            this.note(value);
            this.number(value);
        }
        return true;
    }
    /** The strings are not few: the rows so far as bytes, and bytes from now on. */
    uncode() {
        const { data, offsets } = strings_bytesOfCodes(this.codes.subarray(0, this.count), this.interner.strings.finish(), csv_bytes_maskOf(this.nullRows, this.count), this.shared);
        this.strings = strings_StringAccumulator.over(data, offsets);
        this.codes = new Int32Array(0);
        this.interner = new ByteInterner();
        this.recent.fill(0);
        this.kind = 'bytes';
    }
    finish(rows) {
        const nullCount = this.nullRows.length;
        const nulls = csv_bytes_maskOf(this.nullRows, rows);
        const base = { nulls, nullCount, physical: 'CSV' };
        if (this.kind === 'number')
            return { kind: 'number', values: this.values.subarray(0, rows), ...base };
        if (this.kind === 'codes')
            return { kind: 'codes', codes: this.codes.subarray(0, rows), dictionary: this.interner.strings, ...base };
        return { kind: 'string', strings: this.strings, ...base };
    }
}
const EMPTY = new Uint8Array(0);
function csv_bytes_maskOf(rows, length) {
    const mask = new Uint8Array(length);
    for (const r of rows)
        mask[r] = 1;
    return mask;
}
/**
 * True when a number read from text must keep its text: "-0" as integer text (an int column reads it
 * as 0, a float column as -0), and integer text beyond ±(2^53−1) (exact only as text).
 */
function needsText(value, start, end) {
    if (!scanned.integer)
        return false;
    return value === 0 ? 1 / value < 0 : end - start > 15 && !(Math.abs(value) <= Number.MAX_SAFE_INTEGER);
}
function grown(array) {
    const bigger = new array.constructor(Math.max(16, array.length * 2));
    bigger.set(array);
    return bigger;
}
/**
 * `wanted`: 'all', or the column names to collect (one missing from the header → undefined). `kindOf`
 * names how a column is kept ('number' for int and float columns, …); undefined lets its first cell
 * decide ('number' when it is number text, else 'codes').
 */
function readCsvColumns(bytes, wanted, kindOf = () => undefined, options = {}) {
    const { body, sharedStrings = false, targets = {} } = options;
    if (!(0,external_node_buffer_namespaceObject.isUtf8)(body ? bytes.subarray(body.from, body.to) : bytes))
        return undefined;
    let n = bytes.length;
    let i = n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    if (i >= n)
        return undefined;
    // The header: a record of non-empty, distinct names.
    const header = [];
    for (;;) {
        let name;
        if (bytes[i] === csv_bytes_QUOTE) {
            const field = quoted(bytes, i);
            if (field === undefined)
                return undefined;
            name = csv_bytes_decoder.decode(field.value);
            i = field.next;
        }
        else {
            const start = i;
            while (i < n && bytes[i] !== csv_bytes_COMMA && bytes[i] !== csv_bytes_CR && bytes[i] !== csv_bytes_LF) {
                if (bytes[i] === csv_bytes_QUOTE)
                    return undefined;
                i++;
            }
            name = csv_bytes_decoder.decode(bytes.subarray(start, i));
        }
        if (name === '' || header.includes(name))
            return undefined;
        header.push(name);
        if (i >= n)
            break;
        const c = bytes[i++];
        if (c === csv_bytes_COMMA)
            continue;
        if (c === csv_bytes_CR && bytes[i] === csv_bytes_LF)
            i++;
        break;
    }
    if (body) {
        if (!(0,external_node_buffer_namespaceObject.isUtf8)(bytes.subarray(0, i)))
            return undefined;
        i = body.from;
        n = body.to;
    }
    const kinds = new Array(header.length).fill(undefined);
    for (const name of wanted === 'all' ? header : wanted) {
        const k = header.indexOf(name);
        if (k < 0)
            return undefined;
        kinds[k] = kindOf(name) ?? kindOfFirstCell(bytes, i, n, k);
    }
    // A 'number' column that meets a cell it cannot keep is read again as 'bytes' (at most once each).
    for (;;) {
        const read = readRecords(bytes, i, n, kinds, sharedStrings, header.map((name) => (Object.hasOwn(targets, name) ? targets[name] : undefined)));
        if (read === INVALID)
            return undefined;
        if (typeof read === 'number') {
            kinds[read] = 'bytes';
            continue;
        }
        const numbers = read.cells.map((c) => (c?.kind === 'number' ? { finite: c.finite, whole: c.whole } : undefined));
        return { header, rows: read.rows, columns: read.cells.map((c) => c?.finish(read.rows)), numbers };
    }
}
const INVALID = -1;
/**
 * The records in [from, to) into one Cells per wanted column; INVALID when readCsv would refuse them,
 * or the index of a 'number' column that must be read as 'bytes'. Fields are cut at the separators
 * found beforehand: a block of about BLOCK_BYTES at a time, column by column, while the records are
 * regular (csv-scan.ts, which also reads quoted fields; without its memory, separators here, which does
 * not); otherwise record by record (readAnyRecords).
 */
function readRecords(bytes, from, to, kinds, sharedStrings, targets) {
    const width = kinds.length;
    freeCodeTables(); // the Cells of an earlier reading are done with theirs
    // Sized from the first record, so that equal records never regrow the arrays.
    let firstEnd = bytes.indexOf(csv_bytes_LF, from);
    if (firstEnd < 0 || firstEnd >= to)
        firstEnd = to;
    const perRecord = Math.max(1, firstEnd + 1 - from);
    const records = Math.ceil(((to - from) / perRecord) * 1.1) + 16;
    const cellsFor = () => kinds.map((kind, k) => (kind === undefined ? undefined : new Cells(kind, records, Math.ceil(perRecord / width) + 1, sharedStrings, targets[k])));
    const cells = cellsFor();
    let stops = new Int32Array(Math.ceil((BLOCK_BYTES / perRecord) * 1.5 * width) + 64);
    let rows = 0;
    for (let start = from; start < to;) {
        const lf = bytes.indexOf(csv_bytes_LF, Math.min(to, start + BLOCK_BYTES));
        const end = lf < 0 || lf >= to ? to : lf + 1;
        let found = regularSeparators(bytes, start, end, width);
        if (!found) {
            found = separators(bytes, start, end, stops, width);
            stops = found.stops;
        }
        const blockRows = found.records;
        if (blockRows < 0)
            return readAnyRecords(bytes, from, to, cellsFor());
        for (const [k, cell] of cells.entries())
            if (cell && !readColumn(bytes, start, end, found.stops, found.count, width, k, blockRows, cell, found.kernel))
                return k;
        rows += blockRows;
        start = end;
    }
    return { rows, cells };
}
/** Bytes of records per block of the regular path: its separators stay in cache while its columns are read. */
const BLOCK_BYTES = 1 << 16;
/** readRecords for any records (quoted fields, CRs, records of other widths), field by field. */
function readAnyRecords(bytes, from, to, cells) {
    const width = cells.length;
    const { stops, count } = separators(bytes, from, to, new Int32Array(Math.max(16, (to - from) >> 3)), width);
    let p = 0;
    let scratch = EMPTY;
    let i = from;
    let rows = 0;
    while (i < to) {
        let k = 0;
        for (;; k++) {
            if (k >= width)
                return INVALID;
            const cell = cells[k];
            // The field is [i, end): up to the next separator.
            let end = p < count ? stops[p] : to;
            if (end === i && i < to && bytes[i] === csv_bytes_QUOTE) {
                // A quoted field: up to the closing quote (a doubled quote reads as one), then a field end.
                let doubled = false;
                let close = -1;
                for (p++; p < count; p++) {
                    const q = stops[p];
                    if (bytes[q] !== csv_bytes_QUOTE)
                        continue;
                    if (q + 1 < to && bytes[q + 1] === csv_bytes_QUOTE) {
                        doubled = true;
                        p++;
                        continue;
                    }
                    close = q;
                    break;
                }
                if (close < 0)
                    return INVALID;
                p++;
                end = close + 1;
                if (end < to && ENDS[bytes[end]] === 0)
                    return INVALID;
                if (cell) {
                    let kept;
                    if (!doubled)
                        kept = cell.text(bytes, i + 1, close);
                    else {
                        if (scratch.length < close - i)
                            scratch = new Uint8Array(2 * (close - i));
                        let w = 0;
                        for (let r = i + 1; r < close; r++) {
                            scratch[w++] = bytes[r];
                            if (bytes[r] === csv_bytes_QUOTE)
                                r++;
                        }
                        kept = cell.text(scratch, 0, w);
                    }
                    if (!kept)
                        return k;
                }
            }
            else if (end < to && bytes[end] === csv_bytes_QUOTE) {
                return INVALID; // a quote inside an unquoted field
            }
            else if (cell !== undefined) {
                if (end === i)
                    cell.null();
                else if (cell.kind === 'number') {
                    const value = numberAt(bytes, i, end);
                    if (value !== value || scanned.end !== end || needsText(value, i, end))
                        return k;
                    cell.note(value);
                    cell.number(value);
                }
                else if (cell.kind === 'codes')
                    cell.code(bytes, i, end);
                else
                    cell.append(bytes, i, end);
            }
            // The separator at `end` (if any) is stops[p].
            i = end;
            if (i >= to)
                break;
            p++;
            const c = bytes[i++];
            if (c === csv_bytes_COMMA)
                continue;
            if (c === csv_bytes_CR && i < to && bytes[i] === csv_bytes_LF) {
                i++;
                p++;
            }
            break;
        }
        if (k + 1 !== width)
            return INVALID;
        rows++;
    }
    return { rows, cells };
}
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/** Per byte: 0, or what ends or quotes a field (see separators). */
const SEPARATOR = new Uint8Array(256);
const FIELD_END = 1;
const RECORD_END = 2;
const IRREGULAR = 3;
SEPARATOR[csv_bytes_COMMA] = FIELD_END;
SEPARATOR[csv_bytes_LF] = RECORD_END;
SEPARATOR[csv_bytes_QUOTE] = SEPARATOR[csv_bytes_CR] = IRREGULAR;
/**
 * The positions of the commas, CRs, LFs and quotes in [from, to), in order, written to `into` (or a
 * larger copy of it, returned as `stops`); and `records`, the number of records when they are
 * regular: no quotes, no CRs, every record `width` fields, the last ended by an LF (or the end of
 * the range); -1 otherwise. Field k of regular record r then ends at stops[r·width + k]. Four bytes
 * at a time: every separator is below 0x2d, and a word has such a byte exactly when
 * (v − 0x2d2d2d2d) & ~v & 0x80808080 is not 0; its lowest set bit is the first such byte (a borrow
 * only flags bytes above a real one, and each flagged byte is checked).
 */
function separators(bytes, from, to, into, width) {
    let stops = into;
    let count = 0;
    let records = 0;
    let field = 0;
    let regular = true;
    // The aligned words of the buffer from the one holding `from` (its bytes before `from` masked off),
    // then the bytes after the last whole word, up to three at a time in a word of their own padded
    // with 'A's (on big-endian platforms, every byte that way).
    const first = (bytes.byteOffset + from) & ~3;
    const wholeBytes = LITTLE_ENDIAN && to > from ? ((bytes.byteOffset + to) & ~3) - first : 0;
    const words = new Int32Array(bytes.buffer, first, wholeBytes >> 2);
    const origin = first - bytes.byteOffset;
    let rest = words.length > 0 ? origin + wholeBytes : from;
    for (let w = 0;; w++) {
        let v;
        let start;
        if (w < words.length) {
            v = words[w];
            start = origin + 4 * w;
        }
        else if (rest < to) {
            v = 0x41414141;
            start = rest;
            for (let k = 0; k < 3 && rest < to; k++)
                v = (v & ~(0xff << (8 * k))) | (bytes[rest++] << (8 * k));
        }
        else
            break;
        let flags = (v - 0x2d2d2d2d) & ~v & 0x80808080;
        if (start < from)
            flags &= -1 << (8 * (from - start));
        while (flags !== 0) {
            const bit = flags & -flags;
            flags ^= bit;
            const at = start + ((31 - Math.clz32(bit)) >> 3);
            const kind = SEPARATOR[bytes[at]];
            if (kind === 0)
                continue;
            if (count === stops.length)
                stops = grown(stops);
            stops[count++] = at;
            if (kind === FIELD_END) {
                if (++field === width)
                    regular = false;
            }
            else {
                if (kind !== RECORD_END || field !== width - 1)
                    regular = false;
                field = 0;
                records++;
            }
        }
    }
    // A last record without its LF.
    if (to > from && bytes[to - 1] !== csv_bytes_LF) {
        if (field !== width - 1)
            regular = false;
        records++;
    }
    return { stops, count, records: regular ? records : -1 };
}
/**
 * Field k of every regular record (see separators) into `cell`; false when a 'number' column meets
 * a field it cannot keep. With the block's kernels (csv-scan.ts), numbers, codes and bytes are read by them;
 * otherwise integer text of up to 15 digits is read here, other numbers by numberAt.
 */
function readColumn(bytes, from, to, stops, count, width, k, rows, cell, kernel) {
    if (cell.kind === 'number')
        return readNumbers(bytes, from, to, stops, count, width, k, rows, cell, kernel);
    if (cell.kind === 'bytes' && kernel) {
        const base = cell.count;
        if (cell.appendFields(kernel, k, rows) > 0) {
            for (let r = 0, j = k; r < rows; r++, j += width) {
                const start = j === 0 ? from : stops[j - 1] + 1;
                if (fieldEnd(bytes, start, j < count ? stops[j] : to) === start)
                    cell.nullRows.push(base + r);
            }
        }
        return true;
    }
    const coded = cell.kind === 'codes' ? readCodes(bytes, from, to, stops, count, width, k, rows, cell, kernel) : 0;
    for (let r = coded, j = k + coded * width; r < rows; r++, j += width) {
        const start = j === 0 ? from : stops[j - 1] + 1;
        const end = fieldEnd(bytes, start, j < count ? stops[j] : to);
        if (start === end)
            cell.null();
        else if (bytes[start] === csv_bytes_QUOTE) {
            const { value } = quotedField(bytes, start);
            cell.text(value, 0, value.length);
        }
        else if (cell.kind === 'codes')
            cell.code(bytes, start, end);
        else
            cell.append(bytes, start, end);
    }
    return true;
}
/** Where a field of a regular block ends: at its stop, or before the CR of a CRLF (the kernel's scan lets a CR outside quotes stand only there). */
function fieldEnd(bytes, start, stop) {
    return stop > start && bytes[stop - 1] === csv_bytes_CR ? stop - 1 : stop;
}
/** quoted() of a field of a block the kernel scanned, whose quotes it checked: never undefined there. */
function quotedField(bytes, start) {
    return quoted(bytes, start);
}
/**
 * readColumn for a 'codes' column, by the block's kernel while the column's strings fit its code table:
 * the number of rows read before it had to turn into 'bytes' (rows when it did not).
 */
function readCodes(bytes, from, to, stops, count, width, k, rows, cell, kernel) {
    const base = cell.count;
    while (cell.codes.length < base + rows)
        cell.codes = grown(cell.codes);
    const codes = cell.codes;
    if (kernel && cell.table === undefined)
        cell.table = newCodeTable();
    for (let r = 0, j = k; r < rows; r++, j += width) {
        if (kernel && cell.table >= 0) {
            r = kernel.codes(k, r, codes, base, cell.table);
            if (r === rows)
                break;
            j = k + r * width;
        }
        const start = j === 0 ? from : stops[j - 1] + 1;
        const end = fieldEnd(bytes, start, j < count ? stops[j] : to);
        if (start === end) {
            cell.nullRows.push(base + r);
            codes[base + r] = 0;
            continue;
        }
        // The string, and where the block holds it as it reads (not so when a quote in it is doubled).
        const quote = bytes[start] === csv_bytes_QUOTE ? 1 : 0;
        let code;
        let length = end - start;
        let inBlock = true;
        if (quote) {
            const { value } = quotedField(bytes, start);
            code = cell.codeOf(value, 0, value.length);
            inBlock = value.length === end - start - 2;
            length = value.length;
        }
        else
            code = cell.codeOf(bytes, start, end);
        codes[base + r] = code;
        if (code >= MIN_CODED_CHECK && code === cell.interner.size - 1 && cell.tooMany(base + r + 1)) {
            cell.count = base + r + 1;
            cell.uncode();
            return r + 1;
        }
        if (kernel && cell.table >= 0) {
            // A string the table cannot hold: the column goes on without it. (One with a doubled quote is
            // not in the block as it reads: the kernel leaves it to this loop each time.)
            if (length > TABLE_STRING_BYTES || code >= TABLE_STRINGS)
                cell.table = -1;
            else if (inBlock && length > 0)
                kernel.learn(cell.table, start + quote, end - quote, code);
        }
    }
    cell.count = base + rows;
    return rows;
}
/** readColumn for a 'number' column: the kernel's numbers, and here the fields it leaves (or all without one). */
function readNumbers(bytes, from, to, stops, count, width, k, rows, cell, kernel) {
    const base = cell.count;
    while (cell.values.length < base + rows)
        cell.values = grown(cell.values);
    const values = cell.values;
    for (let r = 0, j = k; r < rows; r++, j += width) {
        if (kernel) {
            const read = kernel.numbers(k, r, values, base);
            if (read.notWhole)
                cell.whole = false;
            if (read.next === rows)
                break;
            r = read.next;
            j = k + r * width;
        }
        const start = j === 0 ? from : stops[j - 1] + 1;
        const end = fieldEnd(bytes, start, j < count ? stops[j] : to);
        let value = 0;
        let at = start;
        if (end - start <= 15) {
            for (; at < end; at++) {
                const digit = bytes[at] - csv_bytes_ZERO;
                if (digit < 0 || digit > 9)
                    break;
                value = value * 10 + digit;
            }
        }
        if (at !== end || start === end) {
            if (start === end) {
                cell.nullRows.push(base + r);
                value = NaN;
            }
            else if (bytes[start] === csv_bytes_QUOTE) {
                // The text between the quotes, as readAnyRecords reads a quoted field (Cells.text).
                const { value: text } = quotedField(bytes, start);
                value = numberAt(text, 0, text.length);
                if (value !== value || scanned.end !== text.length || needsText(value, 0, text.length))
                    return false;
                cell.note(value);
            }
            else {
                value = numberAt(bytes, start, end);
                if (value !== value || scanned.end !== end || needsText(value, start, end))
                    return false;
                cell.note(value);
            }
        }
        // (Up to 15 digits read here make an integer within range.)
        values[base + r] = value;
    }
    cell.count = base + rows;
    return true;
}
/** 'number' when the column's cell in the first record is number text, else 'codes'. */
function kindOfFirstCell(bytes, from, to, column) {
    let i = from;
    for (let k = 0; k < column; k++) {
        while (i < to && STOP[bytes[i]] === 0)
            i++;
        if (i >= to || bytes[i] !== csv_bytes_COMMA)
            return 'codes'; // a quoted cell or a short record: no guess
        i++;
    }
    let end = i;
    while (end < to && STOP[bytes[end]] === 0)
        end++;
    return end > i && numberOrNaN(bytes, i, end) === numberOrNaN(bytes, i, end) ? 'number' : 'codes';
}
/** A quoted field starting at the quote at `at`: its unescaped bytes and the index after the closing quote. */
function quoted(bytes, at) {
    const start = at + 1;
    let j = start;
    let doubled = false;
    let close;
    for (;;) {
        close = bytes.indexOf(csv_bytes_QUOTE, j);
        if (close < 0)
            return undefined;
        if (bytes[close + 1] === csv_bytes_QUOTE) {
            doubled = true;
            j = close + 2;
            continue;
        }
        break;
    }
    const next = close + 1;
    if (next < bytes.length && bytes[next] !== csv_bytes_COMMA && bytes[next] !== csv_bytes_CR && bytes[next] !== csv_bytes_LF)
        return undefined;
    const raw = bytes.subarray(start, close);
    if (!doubled)
        return { value: raw, next };
    const value = new Uint8Array(raw.length);
    let w = 0;
    for (let r = 0; r < raw.length; r++) {
        value[w++] = raw[r];
        if (raw[r] === csv_bytes_QUOTE)
            r++;
    }
    return { value: value.subarray(0, w), next };
}
function sized(rows, bytes, shared) {
    const acc = new strings_StringAccumulator(rows, shared);
    if (acc.data.length < bytes)
        acc.data = table_allocate(Uint8Array, bytes, shared);
    return acc;
}
/**
 * Where the records of a CSV file start: after the header record (its line end outside quotes), or -1
 * when the file is nothing but a header.
 */
function csv_bytes_csvBodyStart(bytes) {
    let quoted = false;
    for (let i = 0; i < bytes.length; i++) {
        const c = bytes[i];
        if (c === csv_bytes_QUOTE)
            quoted = !quoted;
        else if (!quoted && (c === csv_bytes_LF || c === csv_bytes_CR))
            return c === csv_bytes_CR && bytes[i + 1] === csv_bytes_LF ? i + 2 : i + 1;
    }
    return -1;
}
/**
 * Up to `pieces` ranges of whole records covering bytes [start, end): each ends just after a line feed
 * outside quotes (an even number of quote bytes since `start`: doubled quotes count twice). A file
 * whose records end in a lone CR has no such place and stays one piece.
 */
function csv_bytes_recordPieces(bytes, start, pieces, quotes) {
    const end = bytes.length;
    const out = [];
    let from = start;
    let looked = start;
    let odd = false;
    for (let k = 1; k < pieces; k++) {
        let lf = bytes.indexOf(csv_bytes_LF, Math.max(from, start + Math.floor(((end - start) * k) / pieces)));
        for (;;) {
            if (lf < 0)
                break;
            if (quotes) {
                // Only the bytes since the last look: a search past `lf` would scan to the end of the file.
                const span = bytes.subarray(looked, lf);
                for (let q = span.indexOf(csv_bytes_QUOTE); q >= 0; q = span.indexOf(csv_bytes_QUOTE, q + 1))
                    odd = !odd;
                looked = lf;
            }
            if (!odd)
                break;
            lf = bytes.indexOf(csv_bytes_LF, lf + 1);
        }
        if (lf < 0 || lf + 1 >= end)
            break;
        out.push({ from, to: lf + 1 });
        from = lf + 1;
    }
    out.push({ from, to: end });
    return out;
}

;// CONCATENATED MODULE: ./src/artifacts/jsonl-bytes.ts


/**
 * The byte-level JSONL reader: flat objects, one per line (LF or CRLF, an optional UTF-8 BOM, blank
 * lines skipped), read straight from the file's bytes: per key, each row's kind of value and its bytes
 * (a string's unescaped UTF-8, a number's text), with no JS value per cell. Like the CSV one it only
 * ever succeeds: anything JSON.parse would refuse or read otherwise (invalid UTF-8, a line that is not
 * an object, a nested value, a repeated key, a lone surrogate escape) returns undefined, and the
 * caller reads the file the text way (jsonl.ts), which says what and where.
 */
/** The kind of a key's value on a row. */
const ABSENT = 0;
const NULL = 1;
const NUMBER = 2;
const STRING = 3;
const jsonl_bytes_TRUE = 4;
const jsonl_bytes_FALSE = 5;
const SPACE = 32;
const TAB = 9;
const jsonl_bytes_CR = 13;
const jsonl_bytes_LF = 10;
const jsonl_bytes_QUOTE = 34;
const BACKSLASH = 92;
const jsonl_bytes_COMMA = 44;
const COLON = 58;
const OPEN = 123;
const CLOSE = 125;
const jsonl_bytes_MINUS = 45;
const jsonl_bytes_DOT = 46;
const jsonl_bytes_ZERO = 48;
const jsonl_bytes_NINE = 57;
const isDigit = (c) => c >= jsonl_bytes_ZERO && c <= jsonl_bytes_NINE;
const isBlank = (c) => c === SPACE || c === TAB || c === jsonl_bytes_CR;
const jsonl_bytes_encoder = new TextEncoder();
const jsonl_bytes_decoder = new TextDecoder('utf-8', { ignoreBOM: true });
// In a /u pattern a surrogate pair is one code point: only a lone surrogate matches.
const LONE_SURROGATE = /\p{Cs}/u;
class Decline extends Error {
}
const decline = () => {
    throw new Decline();
};
/** With `body`, only the lines in that range (a piece of the file, see textPieces). */
function readJsonlBytes(bytes, body) {
    if (!(0,external_node_buffer_namespaceObject.isUtf8)(body ? bytes.subarray(body.from, body.to) : bytes))
        return undefined;
    try {
        return parse(bytes, body);
    }
    catch (e) {
        if (e instanceof Decline)
            return undefined;
        throw e;
    }
}
function parse(bytes, body) {
    const n = body ? body.to : bytes.length;
    let lines = 1;
    for (let at = bytes.indexOf(jsonl_bytes_LF, body?.from); at >= 0 && at < n; at = bytes.indexOf(jsonl_bytes_LF, at + 1))
        lines++;
    const columns = new Map();
    const keys = [];
    // Keys usually come in the same order on every line: the k-th key of the previous line is tried first,
    // by its bytes, before a string is made to look it up.
    const recent = [];
    let rows = 0;
    let i = body ? body.from : 0;
    if (i === 0 && n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        i = 3;
    const columnOf = (keyStart, keyEnd, escaped, position) => {
        const seen = recent[position];
        if (seen !== undefined && !escaped && jsonl_bytes_sameBytes(bytes, seen.start, seen.end, keyStart, keyEnd))
            return seen.column;
        const key = escaped ? jsonl_bytes_unescape(bytes, keyStart - 1, keyEnd + 1) : jsonl_bytes_decoder.decode(bytes.subarray(keyStart, keyEnd));
        let column = columns.get(key);
        if (!column) {
            column = { kinds: new Uint8Array(lines), cells: new strings_StringAccumulator(Math.min(lines, 1 << 16)), counts: [0, 0, 0, 0, 0, 0], last: -1 };
            columns.set(key, column);
            keys.push(key);
        }
        if (!escaped)
            recent[position] = { start: keyStart, end: keyEnd, column };
        return column;
    };
    while (i < n) {
        // One line: blank, or one object.
        while (i < n && isBlank(bytes[i]))
            i++;
        if (i >= n)
            break;
        if (bytes[i] === jsonl_bytes_LF) {
            i++;
            continue;
        }
        if (bytes[i] !== OPEN)
            return undefined;
        i++;
        const row = rows++;
        let position = 0;
        i = skipBlank(bytes, i);
        if (bytes[i] === CLOSE)
            i++;
        else {
            for (;;) {
                if (bytes[i] !== jsonl_bytes_QUOTE)
                    return undefined;
                const keyEnd = stringEnd(bytes, i);
                const column = columnOf(i + 1, keyEnd, hasEscape(bytes, i + 1, keyEnd), position++);
                i = skipBlank(bytes, keyEnd + 1);
                if (bytes[i] !== COLON)
                    return undefined;
                i = skipBlank(bytes, i + 1);
                if (column.last === row)
                    return undefined; // a repeated key: JSON.parse keeps the last value
                column.last = row;
                const cells = column.cells;
                while (cells.count < row)
                    cells.appendEmpty();
                const c = bytes[i];
                let kind;
                if (c === jsonl_bytes_QUOTE) {
                    const end = stringEnd(bytes, i);
                    if (hasEscape(bytes, i + 1, end)) {
                        const text = jsonl_bytes_encoder.encode(jsonl_bytes_unescape(bytes, i, end + 1));
                        cells.appendBytes(text, 0, text.length);
                    }
                    else
                        cells.appendBytes(bytes, i + 1, end);
                    kind = STRING;
                    i = end + 1;
                }
                else if (c === jsonl_bytes_MINUS || isDigit(c)) {
                    const end = numberEnd(bytes, i);
                    cells.appendBytes(bytes, i, end);
                    kind = NUMBER;
                    i = end;
                }
                else {
                    kind = literal(bytes, i);
                    cells.appendEmpty();
                    i += kind === jsonl_bytes_FALSE ? 5 : 4;
                }
                column.kinds[row] = kind;
                column.counts[kind]++;
                i = skipBlank(bytes, i);
                if (bytes[i] === jsonl_bytes_COMMA) {
                    i = skipBlank(bytes, i + 1);
                    continue;
                }
                if (bytes[i] !== CLOSE)
                    return undefined;
                i++;
                break;
            }
        }
        i = skipBlank(bytes, i);
        if (i < n && bytes[i] !== jsonl_bytes_LF)
            return undefined;
        i++;
    }
    const out = new Map();
    for (const [key, column] of columns) {
        while (column.cells.count < rows)
            column.cells.appendEmpty();
        column.counts[ABSENT] = rows - column.counts.reduce((a, b) => a + b, 0);
        out.set(key, { kinds: column.kinds.subarray(0, rows), cells: column.cells, counts: column.counts });
    }
    return { rows, keys, columns: out };
}
function skipBlank(bytes, i) {
    while (i < bytes.length && isBlank(bytes[i]))
        i++;
    return i;
}
function jsonl_bytes_sameBytes(bytes, a, aEnd, b, bEnd) {
    if (aEnd - a !== bEnd - b)
        return false;
    for (let k = 0; k < aEnd - a; k++)
        if (bytes[a + k] !== bytes[b + k])
            return false;
    return true;
}
/** The index of the quote closing the string that opens at `at`; control characters and line ends decline. */
function stringEnd(bytes, at) {
    for (let i = at + 1; i < bytes.length; i++) {
        const c = bytes[i];
        if (c === jsonl_bytes_QUOTE)
            return i;
        if (c === BACKSLASH)
            i++;
        else if (c < 0x20)
            decline();
    }
    return decline();
}
function hasEscape(bytes, start, end) {
    for (let i = start; i < end; i++)
        if (bytes[i] === BACKSLASH)
            return true;
    return false;
}
/** A string literal with escapes, through JSON.parse itself; a lone surrogate declines (it has no UTF-8). */
function jsonl_bytes_unescape(bytes, start, end) {
    let text;
    try {
        text = JSON.parse(jsonl_bytes_decoder.decode(bytes.subarray(start, end)));
    }
    catch {
        return decline();
    }
    return LONE_SURROGATE.test(text) ? decline() : text;
}
/** The end of a JSON number at `at`: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?, or decline. */
function numberEnd(bytes, at) {
    let i = at;
    if (bytes[i] === jsonl_bytes_MINUS)
        i++;
    if (bytes[i] === jsonl_bytes_ZERO)
        i++;
    else if (isDigit(bytes[i]))
        while (isDigit(bytes[i]))
            i++;
    else
        decline();
    if (bytes[i] === jsonl_bytes_DOT) {
        i++;
        if (!isDigit(bytes[i]))
            decline();
        while (isDigit(bytes[i]))
            i++;
    }
    if (bytes[i] === 0x65 || bytes[i] === 0x45) {
        i++;
        if (bytes[i] === 0x2b || bytes[i] === jsonl_bytes_MINUS)
            i++;
        if (!isDigit(bytes[i]))
            decline();
        while (isDigit(bytes[i]))
            i++;
    }
    return i;
}
/** true, false or null at `at` (anything else, objects and arrays included, declines). */
function literal(bytes, at) {
    const word = (text) => {
        for (let k = 0; k < text.length; k++)
            if (bytes[at + k] !== text.charCodeAt(k))
                return false;
        return true;
    };
    if (word('true'))
        return jsonl_bytes_TRUE;
    if (word('false'))
        return jsonl_bytes_FALSE;
    if (word('null'))
        return NULL;
    return decline();
}

;// CONCATENATED MODULE: ./src/artifacts/text-fast.ts





/**
 * The requested columns of a CSV or JSONL file, through its byte-level reader, and with `all` every
 * column as a digest part; undefined when the file must be read the text way (which names its problem).
 * `options.body`: only that piece of the file (see textPieces). A worker also asks a CSV file's byte
 * strings to go to shared memory (so the main thread keeps them while the digest thread reads them) and
 * its numbers and codes to their targets (see CsvReadOptions); JSONL takes only the body.
 */
function text_fast_textFromBytes(format, bytes, requests, all, options = {}) {
    return format === 'csv' ? csvFromBytes(bytes, requests, all, options) : jsonlFromBytes(bytes, requests, all, options.body);
}
/**
 * A CSV or JSONL file cut into up to `pieces` ranges of whole records (lines), for threads to read one
 * each; undefined when it cannot be cut.
 */
function textPieces(format, bytes, pieces) {
    const start = format === 'csv' ? csvBodyStart(bytes) : 0;
    if (start < 0 || pieces < 2)
        return undefined;
    const ranges = recordPieces(bytes, start, pieces, format === 'csv');
    return ranges.length > 1 ? ranges : undefined;
}
/**
 * A CSV file through the byte-level reader: the requested columns typed, and with `all` every column
 * as a digest part. Undefined when the file or a requested cell is anything the text reader would
 * refuse: the caller then reads it the text way, which reports the problem.
 */
function csvFromBytes(bytes, requests, all, options) {
    const kinds = new Map(requests.map((r) => [r.name, r.type === 'int' || r.type === 'float' ? 'number' : r.type === 'string' ? 'codes' : 'bytes']));
    const parsed = readCsvColumns(bytes, all ? 'all' : requests.map((r) => r.name), (name) => kinds.get(name), options);
    if (!parsed)
        return undefined;
    const columns = [];
    for (const r of requests) {
        const k = parsed.header.indexOf(r.name);
        const cells = parsed.columns[k];
        const column = cells && csvColumn(cells, parsed.numbers[k], r);
        if (!column)
            return undefined;
        columns.push(column);
    }
    if (!all)
        return { rows: parsed.rows, columns };
    const part = { rows: parsed.rows, names: parsed.header, columns: {} };
    parsed.header.forEach((name, k) => (part.columns[name] = parsed.columns[k]));
    return { rows: parsed.rows, columns, part };
}
/** A requested column from the cells the reader kept (see readCsvColumns), with the checks of pushText. */
function csvColumn(cells, numbers, r) {
    const mask = cells.nullCount > 0 ? cells.nulls : undefined;
    if (mask && !r.nullable)
        return undefined;
    if (cells.kind === 'codes')
        return r.type === 'string' ? strings_stringColumnFromCodes(cells.codes, cells.dictionary.finish(), mask) : undefined;
    if (cells.kind === 'string')
        return columnFromTextBytes(cells.strings.finish(), cells.nulls, cells.nullCount, r);
    if (cells.kind !== 'number' || !numbers)
        return undefined;
    // The reader noted whether every number is finite, and whether each is whole and within ±(2^53 − 1).
    const type = r.type;
    if (type !== 'int' && type !== 'float')
        return undefined;
    if (type === 'int' ? !numbers.whole : !numbers.finite)
        return undefined;
    return mask ? { type, values: cells.values, nulls: mask } : { type, values: cells.values };
}
/**
 * A JSONL file through the byte-level reader: the requested columns typed, the keys that occur, and with
 * `all` every key as a digest part. Undefined when the file, or a requested value, is anything the text
 * reader would read otherwise or refuse (a missing non-nullable key, a value of another type, an
 * integer that is not whole or safe): the caller then reads it the text way, which reports the problem.
 */
function jsonlFromBytes(bytes, requests, all, body) {
    const parsed = readJsonlBytes(bytes, body);
    if (!parsed)
        return undefined;
    const { rows } = parsed;
    const keys = new Map([...parsed.columns].map(([key, c]) => [key, new KeyCells(c, rows)]));
    const columns = [];
    for (const r of requests) {
        const key = keys.get(r.name);
        const column = key ? typed(key, r) : r.nullable ? absentColumn(r, rows) : undefined;
        if (!column)
            return undefined;
        columns.push(column);
    }
    if (!all)
        return { rows, columns, keys: parsed.keys };
    const part = { rows, names: parsed.keys, columns: {} };
    for (const name of parsed.keys)
        part.columns[name] = partColumn(keys.get(name));
    return { rows, columns, keys: parsed.keys, part };
}
/** One key's cells, with what both its typed column and its digest part derive from them (each made once). */
class KeyCells {
    c;
    rows;
    nullCount;
    present;
    mask;
    truths;
    constructor(c, rows) {
        this.c = c;
        this.rows = rows;
        this.nullCount = c.counts[ABSENT] + c.counts[NULL];
        this.present = rows - this.nullCount;
    }
    /** Absent and null rows (undefined when there are none). */
    get nulls() {
        if (this.nullCount === 0 || this.mask)
            return this.mask;
        this.mask = new Uint8Array(this.rows);
        for (let k = 0; k < this.rows; k++)
            if (this.c.kinds[k] <= NULL)
                this.mask[k] = 1;
        return this.mask;
    }
    /** Number(text) of each cell (numbersOfCells keeps them for the buffer: a second call gets the same array). */
    numbers() {
        const { data, offsets } = this.c.cells.finish();
        return numbersOfCells(data, offsets, this.rows);
    }
    /** 1 for true, 0 otherwise. */
    bools() {
        this.truths ??= Uint8Array.from(this.c.kinds, (kind) => (kind === jsonl_bytes_TRUE ? 1 : 0));
        return this.truths;
    }
}
/** A requested column, with the checks of ColumnBuilder.pushValue (a failing one declines). */
function typed(key, r) {
    const { c, rows, nullCount, present } = key;
    if (nullCount > 0 && !r.nullable)
        return undefined;
    const nulls = key.nulls;
    const withNulls = (column) => (nulls ? { ...column, nulls } : column);
    if (r.type === 'string')
        return c.counts[STRING] === present ? strings_stringColumnFromBytes(c.cells.finish(), nulls) : undefined;
    if (r.type === 'bool')
        return c.counts[jsonl_bytes_TRUE] + c.counts[jsonl_bytes_FALSE] === present ? withNulls({ type: 'bool', values: key.bools() }) : undefined;
    if (c.counts[NUMBER] !== present)
        return undefined;
    const parsed = key.numbers();
    const values = new Float64Array(rows);
    for (let k = 0; k < rows; k++) {
        if (nulls && nulls[k]) {
            values[k] = NaN;
            continue;
        }
        const v = parsed[k];
        // JSON numbers can still overflow to ±Infinity; an int must be whole and within ±(2^53 − 1).
        if (v - v !== 0 || (r.type === 'int' && !Number.isSafeInteger(v)))
            return undefined;
        values[k] = v;
    }
    return withNulls({ type: r.type, values });
}
/** A nullable key no line of this file has: every row null (no mask when there are no rows, as ColumnBuilder). */
function absentColumn(r, rows) {
    const nulls = rows > 0 ? new Uint8Array(rows).fill(1) : undefined;
    const withNulls = (column) => (nulls ? { ...column, nulls } : column);
    if (r.type === 'string')
        return strings_stringColumnFromBytes({ data: new Uint8Array(0), offsets: new Uint32Array(rows + 1) }, nulls);
    if (r.type === 'bool')
        return withNulls({ type: 'bool', values: new Uint8Array(rows) });
    return withNulls({ type: r.type, values: new Float64Array(rows).fill(NaN) });
}
/**
 * A key as a digest part: typed when every value present is of one JSON type (a number, string or bool
 * column of any other format digests the same), else the plain values JSON.parse would give.
 */
function partColumn(key) {
    const { c, rows, nullCount, present } = key;
    const nulls = key.nulls;
    if (present > 0 && c.counts[NUMBER] === present)
        return { kind: 'number', values: key.numbers(), nulls, nullCount, physical: 'JSONL' };
    if (present > 0 && c.counts[STRING] === present)
        return { kind: 'string', strings: c.cells, nulls, nullCount, physical: 'JSONL' };
    if (present > 0 && c.counts[jsonl_bytes_TRUE] + c.counts[jsonl_bytes_FALSE] === present)
        return { kind: 'bool', values: key.bools(), nulls, nullCount, physical: 'JSONL' };
    const values = new Array(rows);
    const numbers = c.counts[NUMBER] > 0 ? key.numbers() : undefined;
    for (let k = 0; k < rows; k++) {
        const kind = c.kinds[k];
        values[k] = kind <= NULL ? null : kind === NUMBER ? numbers[k] : kind === STRING ? c.cells.get(k) : kind === jsonl_bytes_TRUE;
    }
    return { kind: 'loose', values };
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/artifacts/decode-pool.ts







/**
 * Worker threads for large tables: the Parquet parts of a table decode on every core, and its outputs
 * digest is hashed on a thread of its own, while the main thread assembles the parts in file order
 * (so every result and every error is the one an in-process read gives). Metrics over columns left in
 * shared memory are then computed by the main thread and one worker together. Workers run the worker
 * bundle dist/worker/index.js (worker-entry.ts), which the entry bundles point to; without it (library
 * use, tests in-process) or with REALISM_GATE_THREADS=1 everything happens on the main thread.
 */
/** Tables smaller than this are read in-process (unless threads are asked for): starting workers costs more than it saves. */
const MIN_POOLED_BYTES = (/* unused pure expression or super */ null && (16 << 20));
let script;
/** Called by an entry bundle with the path of the worker bundle; ignored when there is no such file. */
function enableWorkers(workerScript) {
    if (existsSync(workerScript))
        script = workerScript;
}
/**
 * The number of decoding threads: REALISM_GATE_THREADS when set (1 = everything on the main thread),
 * otherwise the cores available, at most 4 (beyond that the main thread's share is the bottleneck).
 */
function decodeThreads(env = process.env) {
    const raw = env.REALISM_GATE_THREADS;
    if (raw === undefined || raw === '')
        return Math.min(4, availableParallelism());
    if (!/^[1-9]\d{0,2}$/.test(raw))
        throw new GateError('REALISM_GATE_THREADS', `must be a positive integer, got ${JSON.stringify(raw)}`);
    return Number(raw);
}
/** Claims unit u of a MetricsRequest: true for whichever thread asks first, false for the other. */
function claimUnit(claims, u) {
    return Atomics.compareExchange(claims, u, 0, 1) === 0;
}
function travellingCodes(c, coded) {
    const dictionary = new strings_StringAccumulator(coded.strings.length);
    for (const text of coded.strings)
        dictionary.appendText(text);
    return { type: 'string', codes: coded.codes, dictionary: dictionary.finish(), ...(c.nulls ? { nulls: c.nulls } : {}) };
}
/** The columns of each table whose rows are in shared memory (so a worker reads them without a copy; null masks are copied). */
function sharedTables(tables) {
    const out = {};
    for (const [name, table] of Object.entries(tables)) {
        const columns = {};
        for (const [column, c] of Object.entries(table.columns)) {
            if (c.type !== 'string') {
                if (inSharedMemory(c.values))
                    columns[column] = c;
            }
            else if (c.dictionary && inSharedMemory(c.dictionary.codes))
                columns[column] = travellingCodes(c, c.dictionary);
        }
        out[name] = { ...table, columns };
    }
    return out;
}
/** Tables as they arrive on the worker: coded string columns rebuilt. */
function tablesFromShared(shared) {
    const out = {};
    for (const [name, table] of Object.entries(shared)) {
        const columns = {};
        for (const [column, c] of Object.entries(table.columns)) {
            columns[column] = c.type === 'string' && 'codes' in c ? strings_stringColumnFromCodes(c.codes, c.dictionary, c.nulls) : c;
        }
        out[name] = { ...table, columns };
    }
    return out;
}
/** A failure as a reply: a GateError keeps its place and cause, so the main thread throws the same line. */
function failureReply(id, e) {
    return e instanceof errors_GateError ? { id, ok: false, where: e.where, cause: e.cause_ } : { id, ok: false, cause: String(e?.message ?? e) };
}
/** Adds a view's buffer to a transfer list once; shared memory is shared, not transferred. */
function transferOnce(transfer, a) {
    if (a && !table_inSharedMemory(a) && !transfer.includes(a.buffer))
        transfer.push(a.buffer);
}
/**
 * Typed arrays travel by transfer (the sender loses them); a StringAccumulator as its plain fields.
 * Adds the buffers of decoded columns to `transfer` (a new list when not given) and returns it.
 */
function packColumns(columns, transfer = []) {
    const own = (a) => transferOnce(transfer, a);
    for (const c of Object.values(columns)) {
        if (c.kind === 'loose')
            continue;
        own(c.nulls);
        if (c.kind === 'string')
            own(c.numbers);
        if (c.kind === 'number' || c.kind === 'bool')
            own(c.values);
        else if (c.kind === 'codes') {
            own(c.codes);
            own(c.dictionary.data);
            own(c.dictionary.offsets);
        }
        else {
            own(c.strings.data);
            own(c.strings.offsets);
        }
    }
    return transfer;
}
/** The columns as they arrive: StringAccumulators rebuilt from their plain fields. */
function unpackColumns(columns) {
    const accumulator = (plain) => strings_StringAccumulator.over(plain.data, plain.offsets, plain.count);
    const out = {};
    for (const [name, c] of Object.entries(columns)) {
        out[name] = c.kind === 'codes' ? { ...c, dictionary: accumulator(c.dictionary) } : c.kind === 'string' ? { ...c, strings: accumulator(c.strings) } : c;
    }
    return out;
}
/** A text file's typed columns and digest part, ready to travel; returns the buffers to transfer. */
function packText(file) {
    const transfer = file.part ? packColumns(file.part.columns) : [];
    const own = (a) => transferOnce(transfer, a);
    const columns = file.columns.map((c) => {
        own(c.nulls);
        if (c.type !== 'string') {
            own(c.values);
            return c;
        }
        if (c.dictionary) {
            own(c.dictionary.codes);
            return travellingCodes(c, c.dictionary);
        }
        const bytes = c.bytes;
        own(bytes.data);
        own(bytes.offsets);
        return c.nulls ? { type: 'string', bytes, nulls: c.nulls } : { type: 'string', bytes };
    });
    return { text: { ...file, columns }, transfer };
}
/** adoptShared for a CSV file's columns, read into the start of their targets; the same message when none was. */
function adoptTargets(text, requests, targets) {
    const columns = text.columns.map((c, k) => {
        const target = Object.hasOwn(targets, requests[k].name) ? targets[requests[k].name] : undefined;
        const at = (view) => target !== undefined && inSharedMemory(view) && view.byteOffset === target.byteOffset;
        if ('codes' in c)
            return target instanceof Int32Array && at(c.codes) ? { ...c, codes: target.subarray(0, c.codes.length) } : c;
        if (c.type === 'int' || c.type === 'float')
            return target instanceof Float64Array && at(c.values) ? { ...c, values: target.subarray(0, c.values.length) } : c;
        return c;
    });
    return columns.every((c, k) => c === text.columns[k]) ? text : { ...text, columns };
}
/**
 * A shared array that travelled between threads arrives as another SharedArrayBuffer object over the
 * same memory: the decoded columns get this thread's own views back, so the assemblers see them in place.
 */
function adoptShared(decoded, part) {
    for (const [name, view] of Object.entries(part)) {
        const c = decoded.columns[name];
        // (A string target is SHARED_STRINGS: byte strings in shared memory of their own, nothing to adopt.)
        if (!c || c.kind === 'loose' || c.kind === 'string' || typeof view === 'string')
            continue;
        const values = c.kind === 'codes' ? c.codes : c.values;
        if (!inSharedMemory(values) || values.length !== view.length)
            continue;
        if (c.kind === 'codes' && view instanceof Int32Array)
            decoded.columns[name] = { ...c, codes: view };
        else if (c.kind === 'number' && view instanceof Float64Array)
            decoded.columns[name] = { ...c, values: view };
        else if (c.kind === 'bool' && view instanceof Uint8Array)
            decoded.columns[name] = { ...c, values: view };
    }
    return decoded;
}
function unpackText(text) {
    const columns = text.columns.map((c) => {
        if (c.type !== 'string')
            return c;
        return 'codes' in c ? stringColumnFromCodes(c.codes, c.dictionary, c.nulls) : stringColumnFromBytes(c.bytes, c.nulls);
    });
    return { ...text, columns, part: text.part && { ...text.part, columns: unpackColumns(text.part.columns) } };
}
/** Decode workers plus one digest worker, started on first use; idle workers do not keep the process alive. */
class ThreadPool {
    file;
    threads;
    decoders = [];
    digester;
    busy = new Map();
    pending = new Map();
    nextId = 0;
    nextSession = 0;
    failure;
    /** What the threads did, for --debug. */
    use = { decoded: 0, text: 0, textInPlace: 0, digested: 0, sharedMetrics: 0, workerMetrics: 0 };
    constructor(file, threads) {
        this.file = file;
        this.threads = threads;
    }
    /**
     * Decode, text and metrics requests wait here until a decode worker is idle: the next goes to whichever
     * worker frees first (a part assigned ahead to a busy worker would leave the other one waiting).
     */
    queue = [];
    queued(id, message) {
        if (this.failure)
            return Promise.reject(this.failure);
        return new Promise((resolve, reject) => {
            this.queue.push({ id, message, resolve, reject });
            this.pump();
        });
    }
    pump() {
        while (this.queue.length > 0) {
            if (this.failure) {
                for (const waiting of this.queue.splice(0))
                    waiting.reject(this.failure);
                return;
            }
            let idle = this.decoders.find((w) => (this.busy.get(w) ?? 0) === 0);
            if (!idle && this.decoders.length < this.threads)
                this.decoders.push((idle = this.start()));
            if (!idle)
                return;
            const { id, message, resolve, reject } = this.queue.shift();
            this.ask(idle, id, message, []).then(resolve, reject);
        }
    }
    decode(part, columns, rest) {
        const id = this.nextId++;
        const { file, groups, span, targets = {} } = part;
        const request = { task: 'decode', id, file, where: displayPath(file), columns, rest, targets, groups, span };
        return this.queued(id, request).then((r) => {
            this.use.decoded++;
            const decoded = r.decoded;
            return adoptShared({ ...decoded, columns: unpackColumns(decoded.columns) }, targets);
        });
    }
    /** textFromBytes on a worker; undefined when the file must be read the text way (on the main thread). */
    text(format, part, requests, all) {
        const id = this.nextId++;
        const { file, bytes, body, targets } = part;
        return this.queued(id, { task: 'text', id, format, file, bytes, body, requests, all, targets }).then((r) => {
            this.use.text++;
            if (!r.text)
                return undefined;
            const adopted = targets ? adoptTargets(r.text, requests, targets) : r.text;
            if (adopted !== r.text)
                this.use.textInPlace++;
            return unpackText(adopted);
        });
    }
    /** The units of `request` a decode worker claims (see MetricsRequest). */
    metrics(request) {
        const id = this.nextId++;
        this.use.sharedMetrics += request.units.reduce((n, unit) => n + unit.length, 0);
        return this.queued(id, { task: 'metrics', id, ...request }).then((r) => {
            const results = r.results ?? {};
            this.use.workerMetrics += Object.keys(results).length;
            return results;
        });
    }
    /** A table digest on the digest thread. Pushed parts are transferred: the caller must not use them again. */
    remoteDigest(format) {
        this.digester ??= this.start();
        const worker = this.digester;
        const session = this.nextSession++;
        return {
            // Settles once the part is hashed (a failure is kept for finish), so the reader can stay a part ahead, no more.
            push: (part, where) => {
                const id = this.nextId++;
                return this.ask(worker, id, { task: 'digest-push', id, session, format, part, where }, packColumns(part.columns)).then(() => undefined);
            },
            finish: () => {
                const id = this.nextId++;
                return this.ask(worker, id, { task: 'digest-finish', id, session }, []).then((r) => {
                    this.use.digested++;
                    return r.digest;
                });
            }
        };
    }
    ask(worker, id, message, transfer) {
        if (this.failure)
            return Promise.reject(this.failure);
        const busy = this.busy.get(worker) ?? 0;
        if (busy === 0)
            worker.ref();
        this.busy.set(worker, busy + 1);
        return new Promise((resolve, reject) => {
            this.pending.set(id, { worker, resolve, reject });
            worker.postMessage(message, transfer);
        });
    }
    start() {
        const worker = new Worker(this.file);
        worker.on('message', (reply) => {
            const task = this.pending.get(reply.id);
            if (!task)
                return;
            this.pending.delete(reply.id);
            const busy = (this.busy.get(worker) ?? 1) - 1;
            this.busy.set(worker, busy);
            if (busy === 0)
                worker.unref();
            if (reply.ok)
                task.resolve(reply);
            else
                task.reject(reply.where === undefined ? new Error(reply.cause) : new GateError(reply.where, reply.cause));
            this.pump();
        });
        // A worker that dies fails its tasks and every later request (closed), never leaves one hanging.
        const fail = (e) => {
            this.failure ??= new Error(`worker thread stopped: ${e?.message ?? e}`);
            for (const [id, task] of this.pending) {
                if (task.worker !== worker)
                    continue;
                this.pending.delete(id);
                task.reject(this.failure);
            }
            this.pump();
        };
        worker.on('error', fail);
        worker.on('exit', (code) => fail(new Error(`exit code ${code}`)));
        worker.unref();
        return worker;
    }
}
let pool;
/** The thread pool, or undefined when everything stays on the main thread. */
function threadPool() {
    if (script === undefined)
        return undefined;
    const threads = decodeThreads();
    if (threads < 2)
        return undefined;
    pool ??= new ThreadPool(script, threads);
    return pool;
}
/** One line on what the worker threads did (for --debug). */
function threadUse() {
    if (!pool)
        return `worker threads: none used (${script === undefined ? 'no worker bundle' : 'REALISM_GATE_THREADS=1, or no table large enough'})`;
    const { decoded, text, textInPlace, digested, sharedMetrics, workerMetrics } = pool.use;
    return `worker threads: ${pool.threads} decoding; ${decoded} Parquet and ${text} CSV or JSONL parts read (${textInPlace} CSV files into the table's arrays) and ${digested} table digests hashed off the main thread; ${sharedMetrics} metrics over shared columns, ${workerMetrics} of them computed on a worker`;
}
/**
 * True when a table of these files is worth the threads (a large file is cut into row groups or pieces
 * of records): MIN_POOLED_BYTES in all, or any file when REALISM_GATE_THREADS asks for threads.
 */
function decode_pool_worthThreads(files) {
    if (files.length === 0 || !threadPool())
        return false;
    if (process.env.REALISM_GATE_THREADS)
        return true;
    let bytes = 0;
    try {
        for (const f of files)
            bytes += statSync(f).size;
    }
    catch {
        return false; // the in-process read names the unreadable file
    }
    return bytes >= MIN_POOLED_BYTES;
}
/**
 * Parts read on the pool ahead of their use: get(i) (asked for i = 0, 1, … in order) returns part
 * i's result while the next few are under way.
 */
function ahead(count, read) {
    const pool = threadPool();
    const started = [];
    return (i) => {
        while (started.length < Math.min(count, i + 1 + pool.threads)) {
            const result = read(pool, started.length);
            result.catch(() => undefined); // a rejection is seen when the part's turn comes
            started.push(result);
        }
        const result = started[i];
        started[i] = undefined;
        return result;
    };
}
/** Parquet parts decoded ahead on the pool (see ahead); part(i) is asked when part i is sent. The caller checks worthThreads first. */
function decode_pool_decodeAhead(count, part, columns, rest) {
    return ahead(count, (pool, i) => pool.decode(part(i), columns, rest));
}
/** CSV or JSONL parts through their byte-level reader ahead on the pool (see ahead); part(i) is asked when part i is sent; undefined results are declined pieces. The caller checks worthThreads first. */
function textAhead(format, count, part, requests, all) {
    return ahead(count, (pool, i) => pool.text(format, part(i), requests, all));
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/constants.js

/** @type {import('../src/types.d.ts').ParquetType[]} */
const ParquetTypes = [
  'BOOLEAN',
  'INT32',
  'INT64',
  'INT96', // deprecated
  'FLOAT',
  'DOUBLE',
  'BYTE_ARRAY',
  'FIXED_LEN_BYTE_ARRAY',
]

/** @type {import('../src/types.d.ts').Encoding[]} */
const Encodings = [
  'PLAIN',
  'GROUP_VAR_INT', // deprecated
  'PLAIN_DICTIONARY',
  'RLE',
  'BIT_PACKED', // deprecated
  'DELTA_BINARY_PACKED',
  'DELTA_LENGTH_BYTE_ARRAY',
  'DELTA_BYTE_ARRAY',
  'RLE_DICTIONARY',
  'BYTE_STREAM_SPLIT',
]

/** @type {import('../src/types.d.ts').FieldRepetitionType[]} */
const FieldRepetitionTypes = [
  'REQUIRED',
  'OPTIONAL',
  'REPEATED',
]

/** @type {import('../src/types.d.ts').ConvertedType[]} */
const ConvertedTypes = [
  'UTF8',
  'MAP',
  'MAP_KEY_VALUE',
  'LIST',
  'ENUM',
  'DECIMAL',
  'DATE',
  'TIME_MILLIS',
  'TIME_MICROS',
  'TIMESTAMP_MILLIS',
  'TIMESTAMP_MICROS',
  'UINT_8',
  'UINT_16',
  'UINT_32',
  'UINT_64',
  'INT_8',
  'INT_16',
  'INT_32',
  'INT_64',
  'JSON',
  'BSON',
  'INTERVAL',
]

/** @type {import('../src/types.d.ts').CompressionCodec[]} */
const CompressionCodecs = [
  'UNCOMPRESSED',
  'SNAPPY',
  'GZIP',
  'LZO',
  'BROTLI',
  'LZ4',
  'ZSTD',
  'LZ4_RAW',
]

/** @type {import('../src/types.d.ts').PageType[]} */
const PageTypes = [
  'DATA_PAGE',
  'INDEX_PAGE',
  'DICTIONARY_PAGE',
  'DATA_PAGE_V2',
]

/** @type {import('../src/types.d.ts').BoundaryOrder[]} */
const BoundaryOrders = [
  'UNORDERED',
  'ASCENDING',
  'DESCENDING',
]

/** @type {import('../src/types.d.ts').EdgeInterpolationAlgorithm[]} */
const EdgeInterpolationAlgorithms = [
  'SPHERICAL',
  'VINCENTY',
  'THOMAS',
  'ANDOYER',
  'KARNEY',
]

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/wkb.js
/**
 * WKB (Well-Known Binary) decoder for geometry objects.
 *
 * @param {DataReader} reader
 * @returns {Geometry} geometry object
 */
function wkbToGeojson(reader) {
  const flags = getFlags(reader)

  if (flags.type === 1) { // Point
    return { type: 'Point', coordinates: readPosition(reader, flags) }
  } else if (flags.type === 2) { // LineString
    return { type: 'LineString', coordinates: readLine(reader, flags) }
  } else if (flags.type === 3) { // Polygon
    return { type: 'Polygon', coordinates: readPolygon(reader, flags) }
  } else if (flags.type === 4) { // MultiPoint
    const points = []
    for (let i = 0; i < flags.count; i++) {
      points.push(readPosition(reader, getFlags(reader)))
    }
    return { type: 'MultiPoint', coordinates: points }
  } else if (flags.type === 5) { // MultiLineString
    const lines = []
    for (let i = 0; i < flags.count; i++) {
      lines.push(readLine(reader, getFlags(reader)))
    }
    return { type: 'MultiLineString', coordinates: lines }
  } else if (flags.type === 6) { // MultiPolygon
    const polygons = []
    for (let i = 0; i < flags.count; i++) {
      polygons.push(readPolygon(reader, getFlags(reader)))
    }
    return { type: 'MultiPolygon', coordinates: polygons }
  } else if (flags.type === 7) { // GeometryCollection
    const geometries = []
    for (let i = 0; i < flags.count; i++) {
      geometries.push(wkbToGeojson(reader))
    }
    return { type: 'GeometryCollection', geometries }
  } else {
    throw new Error(`Unsupported geometry type: ${flags.type}`)
  }
}

/**
 * Extract ISO WKB flags and base geometry type.
 *
 * @param {DataReader} reader
 * @returns {WkbFlags}
 */
function getFlags(reader) {
  const { view } = reader
  const littleEndian = view.getUint8(reader.offset++) === 1
  const rawType = view.getUint32(reader.offset, littleEndian)
  reader.offset += 4

  const type = rawType % 1000
  const flags = Math.floor(rawType / 1000)

  let count = 0
  if (type > 1 && type <= 7) {
    count = view.getUint32(reader.offset, littleEndian)
    reader.offset += 4
  }

  // XY, XYZ, XYM, XYZM
  let dim = 2
  if (flags) dim++
  if (flags === 3) dim++

  return { littleEndian, type, dim, count }
}

/**
 * @param {DataReader} reader
 * @param {WkbFlags} flags
 * @returns {number[]}
 */
function readPosition(reader, flags) {
  const points = []
  for (let i = 0; i < flags.dim; i++) {
    const coord = reader.view.getFloat64(reader.offset, flags.littleEndian)
    reader.offset += 8
    points.push(coord)
  }
  return points
}

/**
 * @param {DataReader} reader
 * @param {WkbFlags} flags
 * @returns {number[][]}
 */
function readLine(reader, flags) {
  const points = []
  for (let i = 0; i < flags.count; i++) {
    points.push(readPosition(reader, flags))
  }
  return points
}

/**
 * @param {DataReader} reader
 * @param {WkbFlags} flags
 * @returns {number[][][]}
 */
function readPolygon(reader, flags) {
  const { view } = reader
  const rings = []
  for (let r = 0; r < flags.count; r++) {
    const count = view.getUint32(reader.offset, flags.littleEndian)
    reader.offset += 4
    rings.push(readLine(reader, { ...flags, count }))
  }
  return rings
}

/**
 * @typedef {object} WkbFlags
 * @property {boolean} littleEndian
 * @property {number} type
 * @property {number} dim
 * @property {number} count
 */

/**
 * @import {DataReader, Geometry} from '../src/types.js'
 */

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/convert.js


/**
 * @import {ColumnDecoder, DecodedArray, Encoding, ParquetParsers} from '../src/types.js'
 */

const convert_decoder = new TextDecoder()

/**
 * Default type parsers when no custom ones are given
 * @type ParquetParsers
 */
const DEFAULT_PARSERS = {
  timestampFromMilliseconds(millis) {
    return new Date(Number(millis))
  },
  timestampFromMicroseconds(micros) {
    return new Date(Number(micros / 1000n))
  },
  timestampFromNanoseconds(nanos) {
    return new Date(Number(nanos / 1000000n))
  },
  dateFromDays(days) {
    return new Date(days * 86400000)
  },
  stringFromBytes(bytes) {
    return bytes && convert_decoder.decode(bytes)
  },
  jsonFromBytes(bytes) {
    return bytes && JSON.parse(convert_decoder.decode(bytes))
  },
  geometryFromBytes(bytes) {
    return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 })
  },
  geographyFromBytes(bytes) {
    return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 })
  },
  uuidFromBytes(bytes) {
    if (!bytes) return undefined
    const hex = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('')
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20, 32)
  },
}

/**
 * Convert known types from primitive to rich, and dereference dictionary.
 *
 * @param {DecodedArray} data series of primitive types
 * @param {DecodedArray | undefined} dictionary
 * @param {Encoding} encoding
 * @param {ColumnDecoder} columnDecoder
 * @returns {DecodedArray} series of rich types
 */
function convertWithDictionary(data, dictionary, encoding, columnDecoder) {
  if (dictionary && encoding.endsWith('_DICTIONARY')) {
    let output = data
    if (data instanceof Uint8Array && !(dictionary instanceof Uint8Array)) {
      // @ts-expect-error upgrade data to match dictionary type with fancy constructor
      output = new dictionary.constructor(data.length)
    }
    for (let i = 0; i < data.length; i++) {
      output[i] = dictionary[data[i]]
    }
    return output
  } else {
    return convert(data, columnDecoder)
  }
}

/**
 * Convert known types from primitive to rich.
 *
 * @param {DecodedArray} data series of primitive types
 * @param {ColumnDecoder} columnDecoder
 * @returns {DecodedArray} series of rich types
 */
function convert(data, columnDecoder) {
  const { element, parsers, utf8 = true, schemaPath } = columnDecoder
  const { type, converted_type: ctype, logical_type: ltype } = element
  const nullable = element.repetition_type !== 'REQUIRED'

  // Skip utf8 conversion for plain BYTE_ARRAY inside VARIANT
  const isVariant = schemaPath?.some(s => s.element.logical_type?.type === 'VARIANT')
  if (isVariant && type === 'BYTE_ARRAY' && ctype !== 'UTF8' && ltype?.type !== 'STRING') {
    return data
  }
  if (ctype === 'DECIMAL') {
    const scale = element.scale || 0
    const factor = 10 ** -scale
    const arr = new Array(data.length)
    for (let i = 0; i < arr.length; i++) {
      if (data[i] instanceof Uint8Array) {
        arr[i] = parseDecimal(data[i]) * factor
      } else {
        arr[i] = Number(data[i]) * factor
      }
    }
    return arr
  }
  if (!ctype && type === 'INT96') {
    return Array.from(data).map(v => parsers.timestampFromNanoseconds(parseInt96Nanos(v)))
  }
  if (ctype === 'DATE') {
    return Array.from(data).map(v => parsers.dateFromDays(v))
  }
  if (ctype === 'TIMESTAMP_MILLIS') {
    return Array.from(data).map(v => parsers.timestampFromMilliseconds(v))
  }
  if (ctype === 'TIMESTAMP_MICROS') {
    return Array.from(data).map(v => parsers.timestampFromMicroseconds(v))
  }
  if (ctype === 'JSON') {
    return data.map(v => parsers.jsonFromBytes(v))
  }
  if (ctype === 'BSON') {
    throw new Error('parquet bson not supported')
  }
  if (ctype === 'INTERVAL') {
    throw new Error('parquet interval not supported')
  }
  if (ltype?.type === 'GEOMETRY') {
    return data.map(v => parsers.geometryFromBytes(v))
  }
  if (ltype?.type === 'GEOGRAPHY') {
    return data.map(v => parsers.geographyFromBytes(v))
  }
  if (ltype?.type === 'UUID') {
    return data.map(v => parsers.uuidFromBytes(v))
  }
  if (ctype === 'UTF8' || ltype?.type === 'STRING' || utf8 && type === 'BYTE_ARRAY') {
    return data.map(v => parsers.stringFromBytes(v))
  }
  if (ctype === 'UINT_64' || ltype?.type === 'INTEGER' && ltype.bitWidth === 64 && !ltype.isSigned) {
    if (data instanceof BigInt64Array) return new BigUint64Array(data.buffer, data.byteOffset, data.length)
    const arr = nullable ? new Array(data.length) : new BigUint64Array(data.length)
    for (let i = 0; i < arr.length; i++) arr[i] = data[i]
    return arr
  }
  if (ctype === 'UINT_32' || ltype?.type === 'INTEGER' && ltype.bitWidth === 32 && !ltype.isSigned) {
    if (data instanceof Int32Array) return new Uint32Array(data.buffer, data.byteOffset, data.length)
    const arr = nullable ? new Array(data.length) : new Uint32Array(data.length)
    for (let i = 0; i < arr.length; i++) {
      arr[i] = data[i] < 0 ? 4294967296 + data[i] : data[i]
    }
    return arr
  }
  if (ltype?.type === 'FLOAT16') {
    return Array.from(data).map(parseFloat16)
  }
  if (ltype?.type === 'TIMESTAMP') {
    const { unit } = ltype
    /** @type {ParquetParsers[keyof ParquetParsers]} */
    let parser = parsers.timestampFromMilliseconds
    if (unit === 'MICROS') parser = parsers.timestampFromMicroseconds
    if (unit === 'NANOS') parser = parsers.timestampFromNanoseconds
    const arr = new Array(data.length)
    for (let i = 0; i < arr.length; i++) {
      arr[i] = parser(data[i])
    }
    return arr
  }
  return data
}

/**
 * @param {Uint8Array} bytes
 * @returns {number}
 */
function parseDecimal(bytes) {
  if (!bytes.length) return 0

  let value = 0n
  for (const byte of bytes) {
    value = value * 256n + BigInt(byte)
  }

  // handle signed
  const bits = bytes.length * 8
  if (value >= 2n ** BigInt(bits - 1)) {
    value -= 2n ** BigInt(bits)
  }

  return Number(value)
}

/**
 * Converts INT96 date format (hi 32bit days, lo 64bit nanos) to nanos since epoch
 * @param {bigint} value
 * @returns {bigint}
 */
function parseInt96Nanos(value) {
  const days = (value >> 64n) - 2440588n
  const nano = value & 0xffffffffffffffffn
  return days * 86400000000000n + nano
}

/**
 * @param {Uint8Array | undefined} bytes
 * @returns {number | undefined}
 */
function parseFloat16(bytes) {
  if (!bytes) return undefined
  const int16 = bytes[1] << 8 | bytes[0]
  const sign = int16 >> 15 ? -1 : 1
  const exp = int16 >> 10 & 0x1f
  const frac = int16 & 0x3ff
  if (exp === 0) return sign * 2 ** -14 * (frac / 1024) // subnormals
  if (exp === 0x1f) return frac ? NaN : sign * Infinity
  return sign * 2 ** (exp - 15) * (1 + frac / 1024)
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/schema.js
/**
 * Build a tree from the schema elements.
 *
 * @param {SchemaElement[]} schema
 * @param {number} rootIndex index of the root element
 * @param {string[]} path path to the element
 * @returns {SchemaTree} tree of schema elements
 */
function schemaTree(schema, rootIndex, path) {
  const element = schema[rootIndex]
  const children = []
  let count = 1

  // Read the specified number of children
  if (element.num_children) {
    while (children.length < element.num_children) {
      const childElement = schema[rootIndex + count]
      const child = schemaTree(schema, rootIndex + count, [...path, childElement.name])
      count += child.count
      children.push(child)
    }
  }

  return { count, element, children, path }
}

/**
 * Get schema elements from the root to the given element name.
 *
 * @param {SchemaElement[]} schema
 * @param {string[]} name path to the element
 * @returns {SchemaTree[]} list of schema elements
 */
function getSchemaPath(schema, name) {
  return getTreePath(schemaTree(schema, 0, []), name)
}

/**
 * Get schema tree nodes from the root of a prebuilt tree to the given element name.
 *
 * @param {SchemaTree} tree root of the schema tree
 * @param {string[]} name path to the element
 * @returns {SchemaTree[]} list of schema elements
 */
function getTreePath(tree, name) {
  const path = [tree]
  for (const part of name) {
    const child = tree.children.find(child => child.element.name === part)
    if (!child) throw new Error(`parquet schema element not found: ${name}`)
    path.push(child)
    tree = child
  }
  return path
}

/**
 * Get all physical (leaf) column names.
 *
 * @param {SchemaTree} schemaTree
 * @returns {string[]} list of physical column names
 */
function getPhysicalColumns(schemaTree) {
  /** @type {string[]} */
  const columns = []
  /** @param {SchemaTree} node */
  function traverse(node) {
    if (node.children.length) {
      for (const child of node.children) {
        traverse(child)
      }
    } else {
      columns.push(node.path.join('.'))
    }
  }
  traverse(schemaTree)
  return columns
}

/**
 * Get the max repetition level for a given schema path.
 *
 * @param {SchemaTree[]} schemaPath
 * @returns {number} max repetition level
 */
function getMaxRepetitionLevel(schemaPath) {
  let maxLevel = 0
  for (const { element } of schemaPath) {
    if (element.repetition_type === 'REPEATED') {
      maxLevel++
    }
  }
  return maxLevel
}

/**
 * Get the max definition level for a given schema path.
 *
 * @param {SchemaTree[]} schemaPath
 * @returns {number} max definition level
 */
function getMaxDefinitionLevel(schemaPath) {
  let maxLevel = 0
  for (const { element } of schemaPath.slice(1)) {
    if (element.repetition_type !== 'REQUIRED') {
      maxLevel++
    }
  }
  return maxLevel
}

/**
 * Check if a column is list-like.
 *
 * @param {SchemaTree} schema
 * @returns {boolean} true if list-like
 */
function isListLike(schema) {
  if (!schema) return false
  if (schema.element.converted_type !== 'LIST') return false
  if (schema.children.length > 1) return false

  const firstChild = schema.children[0]
  if (firstChild.children.length > 1) return false
  if (firstChild.element.repetition_type !== 'REPEATED') return false

  return true
}

/**
 * Check if a column is map-like.
 *
 * @param {SchemaTree} schema
 * @returns {boolean} true if map-like
 */
function isMapLike(schema) {
  if (!schema) return false
  if (schema.element.converted_type !== 'MAP') return false
  if (schema.children.length > 1) return false

  const firstChild = schema.children[0]
  if (firstChild.children.length !== 2) return false
  if (firstChild.element.repetition_type !== 'REPEATED') return false

  const keyChild = firstChild.children.find(child => child.element.name === 'key')
  if (keyChild?.element.repetition_type === 'REPEATED') return false

  const valueChild = firstChild.children.find(child => child.element.name === 'value')
  if (valueChild?.element.repetition_type === 'REPEATED') return false

  return true
}

/**
 * Returns true if a column is non-nested.
 *
 * @param {SchemaTree[]} schemaPath
 * @returns {boolean}
 */
function isFlatColumn(schemaPath) {
  if (schemaPath.length !== 2) return false
  const [, column] = schemaPath
  if (column.element.repetition_type === 'REPEATED') return false
  if (column.children.length) return false
  return true
}

/**
 * @import {SchemaElement, SchemaTree} from '../src/types.js'
 */

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/thrift.js
/**
 * @import {DataReader, ThriftObject, ThriftType} from '../src/types.js'
 */

// TCompactProtocol types
const thrift_STOP = 0
const thrift_TRUE = 1
const thrift_FALSE = 2
const BYTE = 3
const I16 = 4
const I32 = 5
const I64 = 6
const DOUBLE = 7
const BINARY = 8
const LIST = 9
const STRUCT = 12

/**
 * Parse TCompactProtocol
 *
 * @param {DataReader} reader
 * @returns {{ [key: `field_${number}`]: any }}
 */
function deserializeTCompactProtocol(reader) {
  /** @type {ThriftObject} */
  const value = {}
  let fid = 0

  while (true) {
    if (reader.offset >= reader.view.byteLength) throw new Error('thrift struct ended without STOP')
    // Parse each field based on its type and add to the result object
    const byte = reader.view.getUint8(reader.offset++)
    const type = byte & 0x0f
    if (type === thrift_STOP) break
    const delta = byte >> 4
    fid = delta ? fid + delta : readZigZag(reader)
    value[`field_${fid}`] = readElement(reader, type)
  }

  return value
}

/**
 * Read a single element based on its type
 *
 * @param {DataReader} reader
 * @param {number} type
 * @returns {ThriftType}
 */
function readElement(reader, type) {
  switch (type) {
  case thrift_TRUE:
    return true
  case thrift_FALSE:
    return false
  case BYTE:
    return reader.view.getInt8(reader.offset++)
  case I16:
  case I32:
    return readZigZag(reader)
  case I64:
    return readZigZagBigInt(reader)
  case DOUBLE: {
    const value = reader.view.getFloat64(reader.offset, true)
    reader.offset += 8
    return value
  }
  case BINARY: {
    const stringLength = readVarInt(reader)
    if (reader.offset + stringLength > reader.view.byteLength) {
      throw new Error(`thrift binary length ${stringLength} exceeds remaining ${reader.view.byteLength - reader.offset} bytes`)
    }
    const strBytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, stringLength)
    reader.offset += stringLength
    return strBytes
  }
  case LIST: {
    const byte = reader.view.getUint8(reader.offset++)
    const elemType = byte & 0x0f
    let listSize = byte >> 4
    if (listSize === 15) {
      listSize = readVarInt(reader)
    }
    const boolType = elemType === thrift_TRUE || elemType === thrift_FALSE
    const values = new Array(listSize)
    for (let i = 0; i < listSize; i++) {
      values[i] = boolType ? readElement(reader, BYTE) === 1 : readElement(reader, elemType)
    }
    return values
  }
  case STRUCT:
    // main function handles struct parsing
    return deserializeTCompactProtocol(reader)
  default:
    // MAP, SET, UUID not used by parquet
    throw new Error(`thrift unhandled type: ${type}`)
  }
}

/**
 * Read varint aka Unsigned LEB128.
 *
 * @param {DataReader} reader
 * @returns {number}
 */
function readVarInt(reader) {
  let result = 0
  let shift = 0
  while (true) {
    // Read groups of 7 low bits until high bit is 0
    const byte = reader.view.getUint8(reader.offset++)
    result |= (byte & 0x7f) << shift
    if (!(byte & 0x80)) {
      return result
    }
    shift += 7
  }
}

/**
 * Read a varint as a bigint.
 *
 * @param {DataReader} reader
 * @returns {bigint}
 */
function readVarBigInt(reader) {
  let result = 0n
  let shift = 0n
  while (true) {
    const byte = reader.view.getUint8(reader.offset++)
    result |= BigInt(byte & 0x7f) << shift
    if (!(byte & 0x80)) {
      return result
    }
    shift += 7n
  }
}

/**
 * Read a zigzag number.
 * Zigzag folds positive and negative numbers into the positive number space.
 *
 * @param {DataReader} reader
 * @returns {number}
 */
function readZigZag(reader) {
  const zigzag = readVarInt(reader)
  return zigzag >>> 1 ^ -(zigzag & 1)
}

/**
 * Read a zigzag bigint.
 *
 * @param {DataReader} reader
 * @returns {bigint}
 */
function readZigZagBigInt(reader) {
  const zigzag = readVarBigInt(reader)
  return zigzag >> 1n ^ -(zigzag & 1n)
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/geoparquet.js
/**
 * @param {SchemaElement[]} schema
 * @param {KeyValue[] | undefined} key_value_metadata
 * @returns {void}
 */
function markGeoColumns(schema, key_value_metadata) {
  // Prepare the list of GeoParquet columns
  /** @type {Map<string, LogicalType>} */
  const columns = new Map()
  const geo = key_value_metadata?.find(({ key }) => key === 'geo')?.value
  const decodedColumns = (geo && JSON.parse(geo)?.columns) ?? {}
  for (const [name, column] of Object.entries(decodedColumns)) {
    if (column.encoding !== 'WKB') continue

    const type = column.edges === 'spherical' ? 'GEOGRAPHY' : 'GEOMETRY'
    const id = column.crs?.id ?? column.crs?.ids?.[0]
    const crs = id ? `${id.authority}:${id.code.toString()}` : undefined
    // Note: we can't infer GEOGRAPHY's algorithm from GeoParquet
    columns.set(name, { type, crs })
  }

  // Mark schema elements with logical type
  // Only look at root-level columns of type BYTE_ARRAY without existing logical_type
  for (let i = 1; i < schema.length; i++) { // skip root
    const { logical_type, name, num_children, type } = schema[i]
    if (num_children) {
      i += num_children
      continue // skip the element and its children
    }
    if (type === 'BYTE_ARRAY' && !logical_type) {
      schema[i].logical_type = columns.get(name)
    }
  }
}

/**
 * @import {KeyValue, LogicalType, SchemaElement} from '../src/types.js'
 */

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/metadata.js






/**
 * @import {AsyncBuffer, FileMetaData, KeyValue, LogicalType, MetadataOptions, MinMaxType, ParquetParsers, SchemaElement, SchemaTree, Statistics, TimeUnit} from '../src/types.js'
 */

const metadata_defaultInitialFetchSize = 1 << 19 // 512kb

const metadata_decoder = new TextDecoder()
function decode(/** @type {Uint8Array} */ value) {
  return value && metadata_decoder.decode(value)
}

/**
 * Read parquet metadata from an async buffer.
 *
 * An AsyncBuffer is like an ArrayBuffer, but the slices are loaded
 * asynchronously, possibly over the network.
 *
 * You must provide the byteLength of the buffer, typically from a HEAD request.
 *
 * In theory, you could use suffix-range requests to fetch the end of the file,
 * and save a round trip. But in practice, this doesn't work because chrome
 * deems suffix-range requests as a not-safe-listed header, and will require
 * a pre-flight. So the byteLength is required.
 *
 * To make this efficient, we initially request the last 512kb of the file,
 * which is likely to contain the metadata. If the metadata length exceeds the
 * initial fetch, 512kb, we request the rest of the metadata from the AsyncBuffer.
 *
 * This ensures that we either make one 512kb initial request for the metadata,
 * or a second request for up to the metadata size.
 *
 * @param {AsyncBuffer} asyncBuffer parquet file contents
 * @param {MetadataOptions & { initialFetchSize?: number }} options initial fetch size in bytes (default 512kb)
 * @returns {Promise<FileMetaData>} parquet metadata object
 */
async function metadata_parquetMetadataAsync(asyncBuffer, { parsers, initialFetchSize = metadata_defaultInitialFetchSize, geoparquet = true } = {}) {
  if (!asyncBuffer || !(asyncBuffer.byteLength >= 0)) throw new Error('parquet expected AsyncBuffer')

  // fetch last bytes (footer) of the file
  const footerOffset = Math.max(0, asyncBuffer.byteLength - initialFetchSize)
  const footerBuffer = await asyncBuffer.slice(footerOffset, asyncBuffer.byteLength)

  // Check for parquet magic number "PAR1"
  const footerView = new DataView(footerBuffer)
  if (footerView.getUint32(footerBuffer.byteLength - 4, true) !== 0x31524150) {
    throw new Error('parquet file invalid (footer != PAR1)')
  }

  // Parquet files store metadata at the end of the file
  // Metadata length is 4 bytes before the last PAR1
  const metadataLength = footerView.getUint32(footerBuffer.byteLength - 8, true)
  if (metadataLength > asyncBuffer.byteLength - 8) {
    throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${asyncBuffer.byteLength - 8}`)
  }

  // check if metadata size fits inside the initial fetch
  if (metadataLength + 8 > initialFetchSize) {
    // fetch the rest of the metadata
    const metadataOffset = asyncBuffer.byteLength - metadataLength - 8
    const metadataBuffer = await asyncBuffer.slice(metadataOffset, footerOffset)
    // combine initial fetch with the new slice
    const combinedBuffer = new ArrayBuffer(metadataLength + 8)
    const combinedView = new Uint8Array(combinedBuffer)
    combinedView.set(new Uint8Array(metadataBuffer))
    combinedView.set(new Uint8Array(footerBuffer), footerOffset - metadataOffset)
    return metadata_parquetMetadata(combinedBuffer, { parsers, geoparquet })
  } else {
    // parse metadata from the footer
    return metadata_parquetMetadata(footerBuffer, { parsers, geoparquet })
  }
}

/**
 * Read parquet metadata from a buffer synchronously.
 *
 * @param {ArrayBuffer | Uint8Array} arrayBuffer parquet file footer
 * @param {MetadataOptions} options metadata parsing options
 * @returns {FileMetaData} parquet metadata object
 */
function metadata_parquetMetadata(arrayBuffer, { parsers, geoparquet = true } = {}) {
  let view
  if (arrayBuffer instanceof ArrayBuffer) {
    view = new DataView(arrayBuffer)
  } else if (arrayBuffer instanceof Uint8Array) {
    view = new DataView(arrayBuffer.buffer, arrayBuffer.byteOffset, arrayBuffer.byteLength)
  } else {
    throw new Error('parquet expected ArrayBuffer or Uint8Array')
  }

  // Use default parsers if not given
  const allParsers = { ...DEFAULT_PARSERS, ...parsers }

  // Validate footer magic number "PAR1"
  if (view.byteLength < 8) {
    throw new Error('parquet file is too short')
  }
  if (view.getUint32(view.byteLength - 4, true) !== 0x31524150) {
    throw new Error('parquet file invalid (footer != PAR1)')
  }

  // Parquet files store metadata at the end of the file
  // Metadata length is 4 bytes before the last PAR1
  const metadataLengthOffset = view.byteLength - 8
  const metadataLength = view.getUint32(metadataLengthOffset, true)
  if (metadataLength > view.byteLength - 8) {
    // {metadata}, metadata_length, PAR1
    throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${view.byteLength - 8}`)
  }

  const metadataOffset = metadataLengthOffset - metadataLength
  const reader = { view, offset: metadataOffset }
  const metadata = deserializeTCompactProtocol(reader)

  // Parse metadata from thrift data
  const version = metadata.field_1
  /** @type {SchemaElement[]} */
  const schema = metadata.field_2.map((/** @type {any} */ field) => ({
    type: ParquetTypes[field.field_1],
    type_length: field.field_2,
    repetition_type: FieldRepetitionTypes[field.field_3],
    name: decode(field.field_4),
    num_children: field.field_5,
    converted_type: ConvertedTypes[field.field_6],
    scale: field.field_7,
    precision: field.field_8,
    field_id: field.field_9,
    logical_type: logicalType(field.field_10),
  }))
  // schema element per column index
  const columnSchema = schema.filter(e => e.type)
  const num_rows = metadata.field_3
  const row_groups = metadata.field_4.map((/** @type {any} */ rowGroup) => ({
    columns: rowGroup.field_1.map((/** @type {any} */ column, /** @type {number} */ columnIndex) => ({
      file_path: decode(column.field_1),
      file_offset: column.field_2,
      meta_data: column.field_3 && {
        type: ParquetTypes[column.field_3.field_1],
        encodings: column.field_3.field_2?.map((/** @type {number} */ e) => Encodings[e]),
        path_in_schema: column.field_3.field_3.map(decode),
        codec: CompressionCodecs[column.field_3.field_4],
        num_values: column.field_3.field_5,
        total_uncompressed_size: column.field_3.field_6,
        total_compressed_size: column.field_3.field_7,
        key_value_metadata: column.field_3.field_8?.map((/** @type {any} */ kv) => ({
          key: decode(kv.field_1),
          value: decode(kv.field_2),
        })),
        data_page_offset: column.field_3.field_9,
        index_page_offset: column.field_3.field_10,
        dictionary_page_offset: column.field_3.field_11,
        statistics: convertStats(column.field_3.field_12, columnSchema[columnIndex], allParsers),
        encoding_stats: column.field_3.field_13?.map((/** @type {any} */ encodingStat) => ({
          page_type: PageTypes[encodingStat.field_1],
          encoding: Encodings[encodingStat.field_2],
          count: encodingStat.field_3,
        })),
        bloom_filter_offset: column.field_3.field_14,
        bloom_filter_length: column.field_3.field_15,
        size_statistics: column.field_3.field_16 && {
          unencoded_byte_array_data_bytes: column.field_3.field_16.field_1,
          repetition_level_histogram: column.field_3.field_16.field_2,
          definition_level_histogram: column.field_3.field_16.field_3,
        },
        geospatial_statistics: column.field_3.field_17 && {
          bbox: column.field_3.field_17.field_1 && {
            xmin: column.field_3.field_17.field_1.field_1,
            xmax: column.field_3.field_17.field_1.field_2,
            ymin: column.field_3.field_17.field_1.field_3,
            ymax: column.field_3.field_17.field_1.field_4,
            zmin: column.field_3.field_17.field_1.field_5,
            zmax: column.field_3.field_17.field_1.field_6,
            mmin: column.field_3.field_17.field_1.field_7,
            mmax: column.field_3.field_17.field_1.field_8,
          },
          geospatial_types: column.field_3.field_17.field_2,
        },
      },
      offset_index_offset: column.field_4,
      offset_index_length: column.field_5,
      column_index_offset: column.field_6,
      column_index_length: column.field_7,
      crypto_metadata: column.field_8,
      encrypted_column_metadata: column.field_9,
    })),
    total_byte_size: rowGroup.field_2,
    num_rows: rowGroup.field_3,
    sorting_columns: rowGroup.field_4?.map((/** @type {any} */ sortingColumn) => ({
      column_idx: sortingColumn.field_1,
      descending: sortingColumn.field_2,
      nulls_first: sortingColumn.field_3,
    })),
    file_offset: rowGroup.field_5,
    total_compressed_size: rowGroup.field_6,
    ordinal: rowGroup.field_7,
  }))
  /** @type {KeyValue[] | undefined} */
  const key_value_metadata = metadata.field_5?.map((/** @type {any} */ kv) => ({
    key: decode(kv.field_1),
    value: decode(kv.field_2),
  }))
  const created_by = decode(metadata.field_6)

  if (geoparquet) {
    markGeoColumns(schema, key_value_metadata)
  }

  return {
    version,
    schema,
    num_rows,
    row_groups,
    key_value_metadata,
    created_by,
    metadata_length: metadataLength,
  }
}

/**
 * Return a tree of schema elements from parquet metadata.
 *
 * @param {{schema: SchemaElement[]}} metadata parquet metadata object
 * @returns {SchemaTree} tree of schema elements
 */
function metadata_parquetSchema({ schema }) {
  return getSchemaPath(schema, [])[0]
}

/**
 * @param {any} logicalType
 * @returns {LogicalType | undefined}
 */
function logicalType(logicalType) {
  if (logicalType?.field_1) return { type: 'STRING' }
  if (logicalType?.field_2) return { type: 'MAP' }
  if (logicalType?.field_3) return { type: 'LIST' }
  if (logicalType?.field_4) return { type: 'ENUM' }
  if (logicalType?.field_5) return {
    type: 'DECIMAL',
    scale: logicalType.field_5.field_1,
    precision: logicalType.field_5.field_2,
  }
  if (logicalType?.field_6) return { type: 'DATE' }
  if (logicalType?.field_7) return {
    type: 'TIME',
    isAdjustedToUTC: logicalType.field_7.field_1,
    unit: timeUnit(logicalType.field_7.field_2),
  }
  if (logicalType?.field_8) return {
    type: 'TIMESTAMP',
    isAdjustedToUTC: logicalType.field_8.field_1,
    unit: timeUnit(logicalType.field_8.field_2),
  }
  if (logicalType?.field_10) return {
    type: 'INTEGER',
    bitWidth: logicalType.field_10.field_1,
    isSigned: logicalType.field_10.field_2,
  }
  if (logicalType?.field_11) return { type: 'NULL' }
  if (logicalType?.field_12) return { type: 'JSON' }
  if (logicalType?.field_13) return { type: 'BSON' }
  if (logicalType?.field_14) return { type: 'UUID' }
  if (logicalType?.field_15) return { type: 'FLOAT16' }
  if (logicalType?.field_16) return {
    type: 'VARIANT',
    specification_version: logicalType.field_16.field_1,
  }
  if (logicalType?.field_17) return {
    type: 'GEOMETRY',
    crs: decode(logicalType.field_17.field_1),
  }
  if (logicalType?.field_18) return {
    type: 'GEOGRAPHY',
    crs: decode(logicalType.field_18.field_1),
    algorithm: EdgeInterpolationAlgorithms[logicalType.field_18.field_2],
  }
  return logicalType
}

/**
 * @param {any} unit
 * @returns {TimeUnit}
 */
function timeUnit(unit) {
  if (unit.field_1) return 'MILLIS'
  if (unit.field_2) return 'MICROS'
  if (unit.field_3) return 'NANOS'
  throw new Error('parquet time unit required')
}

/**
 * Convert column statistics based on column type.
 *
 * @param {any} stats
 * @param {SchemaElement} schema
 * @param {ParquetParsers} parsers
 * @returns {Statistics}
 */
function convertStats(stats, schema, parsers) {
  return stats && {
    max: convertMetadata(stats.field_1, schema, parsers),
    min: convertMetadata(stats.field_2, schema, parsers),
    null_count: stats.field_3,
    distinct_count: stats.field_4,
    max_value: convertMetadata(stats.field_5, schema, parsers),
    min_value: convertMetadata(stats.field_6, schema, parsers),
    is_max_value_exact: stats.field_7,
    is_min_value_exact: stats.field_8,
  }
}

/**
 * @param {Uint8Array | undefined} value
 * @param {SchemaElement} schema
 * @param {ParquetParsers} parsers
 * @returns {MinMaxType | undefined}
 */
function convertMetadata(value, schema, parsers) {
  const { type, converted_type, logical_type } = schema
  if (value === undefined) return value
  if (type === 'BOOLEAN') return value[0] === 1
  if (type === 'BYTE_ARRAY') return parsers.stringFromBytes(value)
  const view = new DataView(value.buffer, value.byteOffset, value.byteLength)
  if (type === 'FLOAT' && view.byteLength === 4) return view.getFloat32(0, true)
  if (type === 'DOUBLE' && view.byteLength === 8) return view.getFloat64(0, true)
  if (type === 'INT32' && converted_type === 'DECIMAL' && view.byteLength === 4) {
    return view.getInt32(0, true) * 10 ** -(schema.scale || 0)
  }
  if (type === 'INT64' && converted_type === 'DECIMAL' && view.byteLength === 8) {
    return Number(view.getBigInt64(0, true)) * 10 ** -(schema.scale || 0)
  }
  if (type === 'INT32' && converted_type === 'DATE') return parsers.dateFromDays(view.getInt32(0, true))
  if (type === 'INT64' && converted_type === 'TIMESTAMP_MILLIS') return parsers.timestampFromMilliseconds(view.getBigInt64(0, true))
  if (type === 'INT64' && converted_type === 'TIMESTAMP_MICROS') return parsers.timestampFromMicroseconds(view.getBigInt64(0, true))
  if (type === 'INT64' && logical_type?.type === 'TIMESTAMP' && logical_type?.unit === 'NANOS') return parsers.timestampFromNanoseconds(view.getBigInt64(0, true))
  if (type === 'INT64' && logical_type?.type === 'TIMESTAMP' && logical_type?.unit === 'MICROS') return parsers.timestampFromMicroseconds(view.getBigInt64(0, true))
  if (type === 'INT64' && logical_type?.type === 'TIMESTAMP') return parsers.timestampFromMilliseconds(view.getBigInt64(0, true))
  const unsigned = converted_type?.startsWith('UINT_') ||
    logical_type?.type === 'INTEGER' && !logical_type.isSigned
  if (type === 'INT32' && unsigned && view.byteLength === 4) return view.getUint32(0, true)
  if (type === 'INT64' && unsigned && view.byteLength === 8) return view.getBigUint64(0, true)
  if (type === 'INT32' && view.byteLength === 4) return view.getInt32(0, true)
  if (type === 'INT64' && view.byteLength === 8) return view.getBigInt64(0, true)
  if (converted_type === 'DECIMAL') return parseDecimal(value) * 10 ** -(schema.scale || 0)
  if (logical_type?.type === 'FLOAT16') return parseFloat16(value)
  if (logical_type?.type === 'UUID') return parsers.uuidFromBytes(value)
  if (type === 'FIXED_LEN_BYTE_ARRAY') return value
  // assert(false)
  return value
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/xxhash.js
// XxHash64 (https://github.com/Cyan4973/xxHash/blob/dev/doc/xxhash_spec.md)
// Used by parquet bloom filters: hashes the PLAIN encoding of column values with seed 0.

const MASK = 0xffffffffffffffffn
const PRIME1 = 0x9e3779b185ebca87n
const PRIME2 = 0xc2b2ae3d27d4eb4fn
const PRIME3 = 0x165667b19e3779f9n
const PRIME4 = 0x85ebca77c2b2ae63n
const PRIME5 = 0x27d4eb2f165667c5n

/**
 * @param {bigint} x
 * @param {bigint} r rotation amount in bits (1..63)
 * @returns {bigint}
 */
function rotl64(x, r) {
  return (x << r | x >> 64n - r) & MASK
}

/**
 * @param {bigint} acc
 * @param {bigint} val
 * @returns {bigint}
 */
function round(acc, val) {
  acc = acc + val * PRIME2 & MASK
  acc = rotl64(acc, 31n)
  return acc * PRIME1 & MASK
}

/**
 * @param {bigint} acc
 * @param {bigint} val
 * @returns {bigint}
 */
function mergeRound(acc, val) {
  acc ^= round(0n, val)
  return acc * PRIME1 + PRIME4 & MASK
}

/**
 * Compute the 64-bit xxHash of a byte buffer.
 *
 * @param {Uint8Array} input
 * @param {bigint} [seed]
 * @returns {bigint} 64-bit hash
 */
function xxhash64(input, seed = 0n) {
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength)
  const len = input.byteLength
  let offset = 0
  let h64

  if (len >= 32) {
    let v1 = seed + PRIME1 + PRIME2 & MASK
    let v2 = seed + PRIME2 & MASK
    let v3 = seed
    let v4 = seed - PRIME1 & MASK

    while (offset + 32 <= len) {
      v1 = round(v1, view.getBigUint64(offset, true)); offset += 8
      v2 = round(v2, view.getBigUint64(offset, true)); offset += 8
      v3 = round(v3, view.getBigUint64(offset, true)); offset += 8
      v4 = round(v4, view.getBigUint64(offset, true)); offset += 8
    }

    h64 = rotl64(v1, 1n) + rotl64(v2, 7n) + rotl64(v3, 12n) + rotl64(v4, 18n) & MASK
    h64 = mergeRound(h64, v1)
    h64 = mergeRound(h64, v2)
    h64 = mergeRound(h64, v3)
    h64 = mergeRound(h64, v4)
  } else {
    h64 = seed + PRIME5 & MASK
  }

  h64 = h64 + BigInt(len) & MASK

  while (offset + 8 <= len) {
    h64 ^= round(0n, view.getBigUint64(offset, true))
    h64 = rotl64(h64, 27n) * PRIME1 + PRIME4 & MASK
    offset += 8
  }

  if (offset + 4 <= len) {
    h64 ^= BigInt(view.getUint32(offset, true)) * PRIME1 & MASK
    h64 = rotl64(h64, 23n) * PRIME2 + PRIME3 & MASK
    offset += 4
  }

  while (offset < len) {
    h64 ^= BigInt(view.getUint8(offset)) * PRIME5 & MASK
    h64 = rotl64(h64, 11n) * PRIME1 & MASK
    offset += 1
  }

  h64 ^= h64 >> 33n
  h64 = h64 * PRIME2 & MASK
  h64 ^= h64 >> 29n
  h64 = h64 * PRIME3 & MASK
  h64 ^= h64 >> 32n
  return h64
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/bloom.js
// Split Block Bloom Filter (https://github.com/apache/parquet-format/blob/master/BloomFilter.md)
// A bloom filter is a sequence of 32-byte blocks. Each block holds 8 little-endian uint32 words.
// Insertion sets one bit per word, chosen by salting the low 32 bits of an xxhash64.
// Membership requires all 8 bits to be set; misses are exact, hits are probabilistic.




/**
 * @import {BloomFilter, DataReader, ParquetQueryFilter, SchemaElement} from '../src/types.js'
 */

const textEncoder = new TextEncoder()

const SALT = new Uint32Array([
  0x47b6137b, 0x44974d91, 0x8824ad5b, 0xa2b7289d,
  0x705495c7, 0x2df1424b, 0x9efc4947, 0x5c6bfb31,
])

/**
 * Map the high 32 bits of a hash to a block index in [0, numBlocks).
 *
 * @param {bigint} hash
 * @param {number} numBlocks
 * @returns {number}
 */
function blockIndex(hash, numBlocks) {
  return Number((hash >> 32n) * BigInt(numBlocks) >> 32n)
}

/**
 * Per-block mask: 8 uint32 words, each with a single bit set at position `(low32 * SALT[i]) >> 27`.
 *
 * @param {bigint} hash
 * @returns {Uint32Array}
 */
function blockMask(hash) {
  const m = new Uint32Array(8)
  const low = Number(hash & 0xffffffffn) | 0
  for (let i = 0; i < 8; i++) {
    m[i] = 1 << (Math.imul(low, SALT[i]) >>> 27)
  }
  return m
}

/**
 * Insert a hash into a Split Block Bloom Filter.
 *
 * @param {Uint32Array} blocks bloom filter words (8 * numBlocks long)
 * @param {bigint} hash 64-bit xxhash of the parquet-plain-encoded value
 */
function sbbfInsert(blocks, hash) {
  const offset = blockIndex(hash, blocks.length >> 3) << 3
  const m = blockMask(hash)
  for (let i = 0; i < 8; i++) {
    blocks[offset + i] |= m[i]
  }
}

/**
 * Test whether a hash might be present in a Split Block Bloom Filter.
 * False positives are possible; false negatives are not.
 *
 * @param {Uint32Array} blocks bloom filter words (8 * numBlocks long)
 * @param {bigint} hash 64-bit xxhash of the parquet-plain-encoded value
 * @returns {boolean}
 */
function sbbfContains(blocks, hash) {
  const offset = blockIndex(hash, blocks.length >> 3) << 3
  const m = blockMask(hash)
  for (let i = 0; i < 8; i++) {
    if ((blocks[offset + i] & m[i]) === 0) return false
  }
  return true
}

/**
 * Parse a Split Block Bloom Filter from a reader positioned at the BloomFilterHeader.
 * Returns undefined when the header advertises an unsupported algorithm, hash, or
 * compression — callers should treat that as "cannot use this bloom filter."
 *
 * @param {DataReader} reader
 * @returns {BloomFilter | undefined}
 */
function readBloomFilter(reader) {
  const header = deserializeTCompactProtocol(reader)
  const numBytes = header.field_1
  if (typeof numBytes !== 'number' || numBytes <= 0 || numBytes % 32 !== 0) return undefined
  // BloomFilterAlgorithm / Hash / Compression are unions with a single supported variant each.
  if (!header.field_2?.field_1) return undefined // algorithm must be BLOCK
  if (!header.field_3?.field_1) return undefined // hash must be XXHASH
  if (!header.field_4?.field_1) return undefined // compression must be UNCOMPRESSED

  const { view, offset } = reader
  if (offset + numBytes > view.byteLength) {
    throw new Error(`parquet bloom filter truncated: need ${numBytes} bytes, have ${view.byteLength - offset}`)
  }
  // Reader offset is not 4-aligned in general, and we want endian-portable reads.
  const blocks = new Uint32Array(numBytes >> 2)
  for (let i = 0; i < blocks.length; i++) {
    blocks[i] = view.getUint32(offset + i * 4, true)
  }
  reader.offset = offset + numBytes
  return { numBytes, blocks }
}

/**
 * Hash a JS filter value as its parquet PLAIN-encoded bytes, suitable for a
 * bloom filter lookup. Returns undefined when the column's parser is lossy or
 * ambiguous (DATE, TIMESTAMP_*, DECIMAL, JSON, BSON, INT96, FLOAT16, UUID,
 * GEOMETRY, GEOGRAPHY, INTERVAL) or when the JS value type doesn't match the
 * column. Callers must treat undefined as "bloom filter cannot help."
 *
 * @param {any} value
 * @param {SchemaElement} element
 * @returns {bigint | undefined}
 */
function hashParquetValue(value, element) {
  if (value === null || value === undefined) return undefined
  const { type, converted_type, logical_type } = element

  if (type === 'BOOLEAN') {
    if (typeof value !== 'boolean') return undefined
    return xxhash64(new Uint8Array([value ? 1 : 0]))
  }

  if (type === 'FLOAT') {
    if (typeof value !== 'number') return undefined
    const buf = new ArrayBuffer(4)
    new DataView(buf).setFloat32(0, value, true)
    return xxhash64(new Uint8Array(buf))
  }

  if (type === 'DOUBLE') {
    if (typeof value !== 'number') return undefined
    const buf = new ArrayBuffer(8)
    new DataView(buf).setFloat64(0, value, true)
    return xxhash64(new Uint8Array(buf))
  }

  if (type === 'INT32') {
    if (converted_type === 'DATE' || converted_type === 'DECIMAL' || converted_type === 'TIME_MILLIS') return undefined
    if (logical_type?.type === 'DATE' || logical_type?.type === 'TIME' || logical_type?.type === 'DECIMAL') return undefined
    if (typeof value !== 'number' || !Number.isInteger(value)) return undefined
    const buf = new ArrayBuffer(4)
    new DataView(buf).setInt32(0, value | 0, true)
    return xxhash64(new Uint8Array(buf))
  }

  if (type === 'INT64') {
    if (converted_type === 'TIMESTAMP_MILLIS' || converted_type === 'TIMESTAMP_MICROS') return undefined
    if (converted_type === 'TIME_MICROS' || converted_type === 'DECIMAL') return undefined
    if (logical_type?.type === 'TIMESTAMP' || logical_type?.type === 'TIME' || logical_type?.type === 'DECIMAL') return undefined
    let bigValue
    if (typeof value === 'bigint') bigValue = value
    else if (typeof value === 'number' && Number.isSafeInteger(value)) bigValue = BigInt(value)
    else return undefined
    const buf = new ArrayBuffer(8)
    new DataView(buf).setBigUint64(0, BigInt.asUintN(64, bigValue), true)
    return xxhash64(new Uint8Array(buf))
  }

  if (type === 'BYTE_ARRAY') {
    if (converted_type === 'JSON' || converted_type === 'BSON' || converted_type === 'DECIMAL') return undefined
    if (logical_type?.type === 'JSON' || logical_type?.type === 'BSON' || logical_type?.type === 'VARIANT') return undefined
    if (logical_type?.type === 'GEOMETRY' || logical_type?.type === 'GEOGRAPHY') return undefined
    if (typeof value === 'string') return xxhash64(textEncoder.encode(value))
    if (value instanceof Uint8Array) return xxhash64(value)
    return undefined
  }

  if (type === 'FIXED_LEN_BYTE_ARRAY') {
    if (converted_type === 'DECIMAL' || converted_type === 'INTERVAL') return undefined
    if (logical_type?.type === 'DECIMAL' || logical_type?.type === 'UUID' || logical_type?.type === 'FLOAT16') return undefined
    if (logical_type?.type === 'GEOMETRY' || logical_type?.type === 'GEOGRAPHY') return undefined
    if (value instanceof Uint8Array) return xxhash64(value)
    return undefined
  }

  // INT96 deprecated, or type missing on group columns
  return undefined
}

/**
 * Top-level column names that appear in $eq or $in predicates within a filter.
 * These are the only columns where a bloom filter can prove a value's absence
 * and let us skip a row group; any other operator can't be helped by a bloom.
 *
 * @param {ParquetQueryFilter | undefined} filter
 * @returns {Set<string>}
 */
function bloomEligibleColumns(filter) {
  /** @type {Set<string>} */
  const out = new Set()
  walkBloomEligible(filter, out)
  return out
}

/**
 * @param {ParquetQueryFilter | undefined} filter
 * @param {Set<string>} out
 */
function walkBloomEligible(filter, out) {
  if (!filter) return
  if ('$and' in filter && Array.isArray(filter.$and)) {
    for (const sub of filter.$and) walkBloomEligible(sub, out)
    return
  }
  if ('$or' in filter && Array.isArray(filter.$or)) {
    for (const sub of filter.$or) walkBloomEligible(sub, out)
    return
  }
  // $nor would need to prove presence, not absence — bloom can't help.
  if ('$nor' in filter) return
  for (const [field, condition] of Object.entries(filter)) {
    if (field.startsWith('$')) continue
    if (typeof condition === 'object' && condition !== null && !Array.isArray(condition)) {
      if ('$eq' in condition || '$in' in condition) out.add(field)
    } else {
      // primitive / null / array condition is an implicit $eq
      out.add(field)
    }
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/utils.js
/**
 * @import {AsyncBuffer, Awaitable, DecodedArray} from '../src/types.js'
 */



/**
 * Replace bigint, date, etc with legal JSON types.
 *
 * @param {any} obj object to convert
 * @returns {unknown} converted object
 */
function toJson(obj) {
  if (obj === undefined) return null
  if (typeof obj === 'bigint') return Number(obj)
  if (Object.is(obj, -0)) return 0
  if (Array.isArray(obj)) return obj.map(toJson)
  if (obj instanceof Uint8Array) return Array.from(obj)
  if (obj instanceof Date) return obj.toISOString()
  if (obj instanceof Object) {
    /** @type {Record<string, unknown>} */
    const newObj = {}
    for (const key of Object.keys(obj)) {
      if (obj[key] === undefined) continue
      newObj[key] = toJson(obj[key])
    }
    return newObj
  }
  return obj
}

/**
 * Concatenate two arrays fast.
 *
 * @param {any[]} aaa
 * @param {DecodedArray} bbb
 */
function utils_concat(aaa, bbb) {
  const chunk = 10000
  for (let i = 0; i < bbb.length; i += chunk) {
    aaa.push(...bbb.slice(i, i + chunk))
  }
}

/**
 * Deep equality.
 *
 * @param {any} a
 * @param {any} b
 * @param {boolean} [strict]
 * @returns {boolean}
 */
function equals(a, b, strict = true) {
  // eslint-disable-next-line eqeqeq
  if (strict ? a === b : a == b) return true
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false

  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    if (a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) return false
    }
    return true
  }
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) {
      if (!equals(a[i], b[i], strict)) return false
    }
    return true
  }

  const aKeys = Object.keys(a)
  if (aKeys.length !== Object.keys(b).length) return false
  for (const k of aKeys) {
    if (!equals(a[k], b[k], strict)) return false
  }
  return true
}

/**
 * Get the byte length using fetch with a ranged GET request.
 * Aborts the request if server returns 200 instead of 206.
 *
 * @param {string} url
 * @param {RequestInit} [requestInit] fetch options
 * @param {typeof globalThis.fetch} [fetchFn] fetch function to use
 * @returns {Promise<number>}
 */
async function byteLengthFromUrlUsingGet(url, requestInit = {}, fetchFn = globalThis.fetch) {
  const controller = new AbortController()
  const headers = new Headers(requestInit.headers)
  headers.set('Range', 'bytes=0-0')

  const res = await fetchFn(url, {
    ...requestInit,
    headers,
    signal: controller.signal,
  })

  if (!res.ok) throw new Error(`fetch with range failed ${res.status}`)

  // Server supports Range requests (206 Partial Content)
  if (res.status === 206) {
    const contentRange = res.headers.get('Content-Range')
    if (!contentRange) throw new Error('missing content-range header')

    // Parse "bytes 0-0/9446073" to get total length
    const match = contentRange.match(/bytes \d+-\d+\/(\d+)/)
    if (!match) throw new Error(`invalid content-range header: ${contentRange}`)

    return parseInt(match[1])
  }

  // Server ignored Range and returned 200 - get Content-Length and abort request
  if (res.status === 200) {
    const contentLength = res.headers.get('Content-Length')

    // Abort the request to stop any ongoing download
    controller.abort()

    if (contentLength) return parseInt(contentLength)
  }

  throw new Error('server does not support range requests and missing content-length')
}

/**
 * Get the byte length of a URL using a HEAD request.
 * If HEAD fails with 403 (e.g., with signed S3 URLs), falls back to a ranged GET request.
 * If HEAD succeeds but Content-Length is missing, falls back to GET with range.
 * If requestInit is provided, it will be passed to fetch.
 *
 * @param {string} url
 * @param {RequestInit} [requestInit] fetch options
 * @param {typeof globalThis.fetch} [customFetch] fetch function to use
 * @returns {Promise<number>}
 */
async function byteLengthFromUrl(url, requestInit, customFetch) {
  const fetch = customFetch ?? globalThis.fetch
  const res = await fetch(url, { ...requestInit, method: 'HEAD' })

  // If HEAD request is forbidden (common with signed S3 URLs), try GET with range
  if (res.status === 403) {
    return byteLengthFromUrlUsingGet(url, requestInit, fetch)
  }

  if (!res.ok) throw new Error(`fetch head failed ${res.status}`)
  const length = res.headers.get('Content-Length')
  // If Content-Length is missing from HEAD, fallback to GET with range
  if (!length) {
    return byteLengthFromUrlUsingGet(url, requestInit, fetch)
  }
  return parseInt(length)
}

/**
 * Construct an AsyncBuffer for a URL.
 * If byteLength is not provided, will make a HEAD request to get the file size.
 * If fetch is provided, it will be used instead of the global fetch.
 * If requestInit is provided, it will be passed to fetch.
 *
 * @param {object} options
 * @param {string} options.url
 * @param {number} [options.byteLength]
 * @param {typeof globalThis.fetch} [options.fetch] fetch function to use
 * @param {RequestInit} [options.requestInit]
 * @returns {Promise<AsyncBuffer>}
 */
async function asyncBufferFromUrl({ url, byteLength, requestInit, fetch: customFetch }) {
  if (!url) throw new Error('missing url')
  const fetch = customFetch ?? globalThis.fetch
  // byte length from HEAD request
  byteLength ??= await byteLengthFromUrl(url, requestInit, fetch)

  /**
   * A promise for the whole buffer, if range requests are not supported.
   * @type {Promise<ArrayBuffer>|undefined}
   */
  let buffer = undefined
  const init = requestInit || {}

  return {
    byteLength,
    async slice(start, end) {
      if (buffer) {
        return buffer.then(buffer => buffer.slice(start, end))
      }

      const headers = new Headers(init.headers)
      const endStr = end === undefined ? '' : end - 1
      headers.set('Range', `bytes=${start}-${endStr}`)

      const res = await fetch(url, { ...init, headers })
      if (!res.ok || !res.body) throw new Error(`fetch failed ${res.status}`)

      if (res.status === 200) {
        // Endpoint does not support range requests and returned the whole object
        buffer = res.arrayBuffer()
        return buffer.then(buffer => buffer.slice(start, end))
      } else if (res.status === 206) {
        // The endpoint supports range requests and sent us the requested range
        return res.arrayBuffer()
      } else {
        throw new Error(`fetch received unexpected status code ${res.status}`)
      }
    },
  }
}

/**
 * Returns a cached layer on top of an AsyncBuffer. For caching slices of a file
 * that are read multiple times, possibly over a network.
 *
 * @param {AsyncBuffer} file file-like object to cache
 * @param {{ minSize?: number }} [options]
 * @returns {AsyncBuffer} cached file-like object
 */
function cachedAsyncBuffer({ byteLength, slice }, { minSize = defaultInitialFetchSize } = {}) {
  if (byteLength < minSize) {
    // Cache whole file if it's small
    const buffer = slice(0, byteLength)
    return {
      byteLength,
      async slice(start, end) {
        return (await buffer).slice(start, end)
      },
    }
  }
  const cache = new Map()
  return {
    byteLength,
    /**
     * @param {number} start
     * @param {number} [end]
     * @returns {Awaitable<ArrayBuffer>}
     */
    slice(start, end) {
      const key = cacheKey(start, end, byteLength)
      const cached = cache.get(key)
      if (cached) return cached
      // cache miss, read from file
      const promise = slice(start, end)
      cache.set(key, promise)
      return promise
    },
  }
}


/**
 * Returns canonical cache key for a byte range 'start,end'.
 * Normalize int-range and suffix-range requests to the same key.
 *
 * @param {number} start start byte of range
 * @param {number} [end] end byte of range, or undefined for suffix range
 * @param {number} [size] size of file, or undefined for suffix range
 * @returns {string}
 */
function cacheKey(start, end, size) {
  if (start < 0) {
    if (end !== undefined) throw new Error(`invalid suffix range [${start}, ${end}]`)
    if (size === undefined) return `${start},`
    return `${size + start},${size}`
  } else if (end !== undefined) {
    if (start > end) throw new Error(`invalid empty range [${start}, ${end}]`)
    return `${start},${end}`
  } else if (size === undefined) {
    return `${start},`
  } else {
    return `${start},${size}`
  }
}

/**
 * Flatten a list of lists into a single list.
 *
 * @param {DecodedArray[]} [chunks]
 * @returns {DecodedArray}
 */
function utils_flatten(chunks) {
  if (!chunks) return []
  if (chunks.length === 1) return chunks[0]
  /** @type {any[]} */
  const output = []
  for (const chunk of chunks) {
    utils_concat(output, chunk)
  }
  return output
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/filter.js
/**
 * @import {BloomFilter, ColumnPageStats, PageRanges, ParquetQueryFilter, RowGroup, SchemaElement} from '../src/types.js'
 */




const filter_encoder = new TextEncoder()

/**
 * Returns the physical leaf paths referenced by a filter.
 *
 * @param {ParquetQueryFilter} [filter]
 * @returns {string[]}
 */
function pathsNeededForFilter(filter) {
  if (!filter) return []
  /** @type {string[]} */
  const paths = []
  if ('$and' in filter && Array.isArray(filter.$and)) {
    paths.push(...filter.$and.flatMap(pathsNeededForFilter))
  } else if ('$or' in filter && Array.isArray(filter.$or)) {
    paths.push(...filter.$or.flatMap(pathsNeededForFilter))
  } else if ('$nor' in filter && Array.isArray(filter.$nor)) {
    paths.push(...filter.$nor.flatMap(pathsNeededForFilter))
  } else {
    paths.push(...Object.keys(filter))
  }
  return [...new Set(paths)]
}

/**
 * Returns an array of top-level column names needed to evaluate the filter.
 *
 * @param {ParquetQueryFilter} [filter]
 * @returns {string[]}
 */
function filter_columnsNeededForFilter(filter) {
  return [...new Set(pathsNeededForFilter(filter).map(path => path.split('.')[0]))]
}

/**
 * Match a record against a query filter
 *
 * @param {Record<string, any>} record
 * @param {ParquetQueryFilter} filter
 * @param {boolean} [strict]
 * @returns {boolean}
 */
function matchFilter(record, filter, strict = true) {
  if ('$and' in filter && Array.isArray(filter.$and)) {
    return filter.$and.every(subQuery => matchFilter(record, subQuery, strict))
  }
  if ('$or' in filter && Array.isArray(filter.$or)) {
    return filter.$or.some(subQuery => matchFilter(record, subQuery, strict))
  }
  if ('$nor' in filter && Array.isArray(filter.$nor)) {
    return !filter.$nor.some(subQuery => matchFilter(record, subQuery, strict))
  }

  return Object.entries(filter).every(([field, condition]) => {
    const value = filter_resolve(record, field)

    // implicit $eq for non-object conditions
    if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) {
      return equals(value, condition, strict)
    }

    return Object.entries(condition || {}).every(([operator, target]) => {
      if (operator === '$gt') return value !== null && value !== undefined && value > target
      if (operator === '$gte') return value !== null && value !== undefined && value >= target
      if (operator === '$lt') return value !== null && value !== undefined && value < target
      if (operator === '$lte') return value !== null && value !== undefined && value <= target
      if (operator === '$eq') return equals(value, target, strict)
      if (operator === '$ne') return !equals(value, target, strict)
      if (operator === '$in') return Array.isArray(target) && matchesIn(value, target, strict)
      if (operator === '$nin') return Array.isArray(target) && !matchesIn(value, target, strict)
      // value is already resolved, so re-wrap it under a plain key. Reusing
      // field would send a dotted path back through resolve and lose the value.
      if (operator === '$not') return !matchFilter({ value }, { value: target }, strict)
      return true
    })
  })
}

/**
 * Match a value or one of its immediate array elements against a list.
 *
 * @param {any} value
 * @param {any[]} targets
 * @param {boolean} strict
 * @returns {boolean}
 */
function matchesIn(value, targets, strict) {
  return targets.some(target =>
    equals(value, target, strict) ||
    Array.isArray(value) && value.some(element => equals(element, target, strict)))
}

/**
 * Check if a row group can be skipped based on filter and column statistics,
 * optionally consulting per-column bloom filters for equality predicates that
 * statistics can't decide.
 *
 * @param {object} options
 * @param {RowGroup} options.rowGroup
 * @param {string[]} options.physicalColumns
 * @param {ParquetQueryFilter | undefined} options.filter
 * @param {boolean} [options.strict]
 * @param {Record<string, BloomFilter>} [options.bloomFilters] keyed by filter path
 * @param {Record<string, SchemaElement>} [options.schemaElements] keyed by physical leaf path
 * @returns {boolean} true if the row group can be skipped
 */
function canSkipRowGroup({ rowGroup, physicalColumns, filter, strict = true, bloomFilters, schemaElements }) {
  if (!filter) return false

  // Handle logical operators
  if ('$and' in filter && Array.isArray(filter.$and)) {
    // For AND, we can skip if ANY condition allows skipping
    return filter.$and.some(subFilter => canSkipRowGroup({ rowGroup, physicalColumns, filter: subFilter, strict, bloomFilters, schemaElements }))
  }
  if ('$or' in filter && Array.isArray(filter.$or)) {
    // For OR, we can skip only if ALL conditions allow skipping
    return filter.$or.every(subFilter => canSkipRowGroup({ rowGroup, physicalColumns, filter: subFilter, strict, bloomFilters, schemaElements }))
  }
  if ('$nor' in filter && Array.isArray(filter.$nor)) {
    // For NOR, we can skip if none of the conditions allow skipping
    // This is complex, so we'll be conservative and not skip
    return false
  }

  // Check column filters
  for (const [field, condition] of Object.entries(filter)) {
    // Find the column chunk for this field
    const columnIndex = physicalColumns.indexOf(field)
    if (columnIndex === -1) continue

    const stats = rowGroup.columns[columnIndex].meta_data?.statistics
    const { min, max, min_value, max_value, null_count: nullCount } = stats || {}
    const minVal = min_value !== undefined ? min_value : min
    const maxVal = max_value !== undefined ? max_value : max
    const haveStats = minVal !== undefined && maxVal !== undefined

    const bloom = bloomFilters?.[field]
    const element = schemaElements?.[field]
    const matchingNulls = matchFilter({ value: null }, { value: condition }, strict) &&
      (nullCount === undefined || nullCount > 0)

    if (haveStats && !matchingNulls && canSkipStats(condition, minVal, maxVal, strict, element)) {
      return true
    }

    // Handle operators
    for (const [operator, target] of Object.entries(condition || {})) {
      // Bloom-filter skipping for equality predicates (proves absence, never presence)
      if (bloom && element) {
        if (operator === '$eq') {
          const hash = hashParquetValue(target, element)
          if (hash !== undefined && !sbbfContains(bloom.blocks, hash)) return true
        }
        if (operator === '$in' && Array.isArray(target) && target.length > 0) {
          let allAbsent = true
          for (const v of target) {
            const h = hashParquetValue(v, element)
            if (h === undefined || sbbfContains(bloom.blocks, h)) {
              allAbsent = false
              break
            }
          }
          if (allAbsent) return true
        }
      }
    }
  }

  return false
}

/**
 * Check if a page value range [minVal, maxVal] provably contains no value
 * matching the operator conditions.
 *
 * @param {any} condition operator object like { $gt: 5 }
 * @param {any} minVal lower bound (may be truncated, still a valid bound)
 * @param {any} maxVal upper bound (may be truncated, still a valid bound)
 * @param {boolean} strict
 * @param {SchemaElement} [element] physical schema element for the bounds
 * @returns {boolean} true if no value in the range can match
 */
function canSkipStats(condition, minVal, maxVal, strict, element) {
  if (minVal === undefined || maxVal === undefined) return false
  const mayContainNaN = element?.type === 'FLOAT' || element?.type === 'DOUBLE' || element?.logical_type?.type === 'FLOAT16'
  for (const [operator, target] of Object.entries(condition || {})) {
    const minComparison = compareParquetValues(minVal, target, strict, element)
    const maxComparison = compareParquetValues(maxVal, target, strict, element)
    // Row filtering uses JavaScript relational operators. For non-ASCII
    // strings their UTF-16 order can differ from Parquet's UTF-8 index order,
    // and binary values are string-coerced rather than byte-compared, so those
    // min/max bounds cannot safely prove a relational predicate impossible.
    const binaryBounds = minVal instanceof Uint8Array || maxVal instanceof Uint8Array
    const relationalBoundsAreSafe = !binaryBounds && (element?.type !== 'BYTE_ARRAY' ||
      typeof target === 'string' && [...target].every(character => character.charCodeAt(0) <= 0x7f))
    if (operator === '$gt' && relationalBoundsAreSafe && maxComparison !== undefined && maxComparison <= 0) return true
    if (operator === '$gte' && relationalBoundsAreSafe && maxComparison !== undefined && maxComparison < 0) return true
    if (operator === '$lt' && relationalBoundsAreSafe && minComparison !== undefined && minComparison >= 0) return true
    if (operator === '$lte' && relationalBoundsAreSafe && minComparison !== undefined && minComparison > 0) return true
    if (operator === '$eq') {
      const targetMinComparison = compareParquetValues(target, minVal, strict, element)
      const targetMaxComparison = compareParquetValues(target, maxVal, strict, element)
      if (targetMinComparison !== undefined && targetMinComparison < 0 ||
          targetMaxComparison !== undefined && targetMaxComparison > 0) return true
    }
    if (operator === '$ne' && !mayContainNaN && equals(minVal, maxVal, strict) && equals(minVal, target, strict)) return true
    if (operator === '$in' && Array.isArray(target) && target.every(value => {
      const valueMinComparison = compareParquetValues(value, minVal, strict, element)
      const valueMaxComparison = compareParquetValues(value, maxVal, strict, element)
      return valueMinComparison !== undefined && valueMinComparison < 0 ||
        valueMaxComparison !== undefined && valueMaxComparison > 0
    })) return true
    if (operator === '$nin' && !mayContainNaN && Array.isArray(target) && equals(minVal, maxVal, strict) && target.some(value => equals(minVal, value, strict))) return true
  }
  return false
}

/**
 * Compare values using Parquet's unsigned lexicographic ordering for binary
 * values. Returns undefined when values do not have a safely comparable order.
 *
 * @param {any} a
 * @param {any} b
 * @param {boolean} strict
 * @param {SchemaElement} [element]
 * @returns {-1 | 0 | 1 | undefined}
 */
function compareParquetValues(a, b, strict, element) {
  // BYTE_ARRAY values are decoded as UTF-8 strings by the default parser even
  // without an explicit UTF8/STRING annotation.
  if (element?.type === 'BYTE_ARRAY') {
    if (typeof a !== 'string' || typeof b !== 'string') return undefined
    return compareBytes(filter_encoder.encode(a), filter_encoder.encode(b))
  }
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array)) return undefined
    return compareBytes(a, b)
  }
  if (a < b) return -1
  if (a > b) return 1
  if (equals(a, b, strict)) return 0
  return undefined
}

/**
 * @param {Uint8Array} a
 * @param {Uint8Array} b
 * @returns {-1 | 0 | 1}
 */
function compareBytes(a, b) {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    if (a[i] < b[i]) return -1
    if (a[i] > b[i]) return 1
  }
  if (a.length < b.length) return -1
  if (a.length > b.length) return 1
  return 0
}

/**
 * Check whether the filter condition accepts a null value.
 *
 * @param {any} condition
 * @param {boolean} strict
 * @returns {boolean}
 */
function matchesNull(condition, strict) {
  return matchFilter({ value: null }, { value: condition }, strict)
}

/**
 * Compute candidate row ranges within a row group that could match the filter,
 * based on per-page column index statistics.
 *
 * Returns sorted disjoint [start, end) row ranges relative to the group.
 * An empty array means the filter provably matches no rows in the group.
 * Returns undefined when the page statistics give no pruning information
 * (the caller must read the whole selection).
 *
 * @param {ParquetQueryFilter | undefined} filter
 * @param {Record<string, ColumnPageStats>} columnPages keyed by physical leaf path
 * @param {number} groupRows number of rows in the row group
 * @param {boolean} [strict]
 * @returns {PageRanges | undefined}
 */
function filterPageRanges(filter, columnPages, groupRows, strict = true) {
  if (!filter) return undefined
  if ('$and' in filter && Array.isArray(filter.$and)) {
    /** @type {PageRanges | undefined} */
    let ranges
    for (const subFilter of filter.$and) {
      ranges = intersectRanges(ranges, filterPageRanges(subFilter, columnPages, groupRows, strict))
    }
    return ranges
  }
  if ('$or' in filter && Array.isArray(filter.$or)) {
    /** @type {PageRanges} */
    let ranges = []
    for (const subFilter of filter.$or) {
      const subRanges = filterPageRanges(subFilter, columnPages, groupRows, strict)
      // any un-prunable branch could match anywhere
      if (!subRanges) return undefined
      ranges = unionRanges(ranges, subRanges)
    }
    return ranges
  }
  if ('$nor' in filter && Array.isArray(filter.$nor)) {
    // Conservative: negations cannot be pruned by min/max bounds
    return undefined
  }

  // Column conditions: all fields must match, so intersect their ranges
  /** @type {PageRanges | undefined} */
  let result
  for (const [field, condition] of Object.entries(filter)) {
    const pages = columnPages[field]
    if (!pages) continue
    const nullCanMatch = matchesNull(condition, strict)
    /** @type {PageRanges} */
    const keep = []
    for (let i = 0; i < pages.pageStarts.length; i++) {
      const start = pages.pageStarts[i]
      const end = i + 1 < pages.pageStarts.length ? pages.pageStarts[i + 1] : groupRows
      const nullCount = pages.nullCounts?.[i]
      // Keep pages with matching nulls, including pages whose null presence is
      // unknown because the optional null_counts index field was omitted.
      const matchingNulls = nullCanMatch && (nullCount === undefined || nullCount > 0)
      const skip = !pages.nullPages[i] && !matchingNulls &&
        canSkipStats(condition, pages.minValues[i], pages.maxValues[i], strict, pages.element)
      if (!skip) {
        const last = keep[keep.length - 1]
        if (last && last[1] === start) last[1] = end
        else keep.push([start, end])
      }
    }
    result = intersectRanges(result, keep)
  }
  return result
}

/**
 * Intersect two sets of sorted disjoint ranges. Undefined means "everything".
 *
 * @param {PageRanges | undefined} a
 * @param {PageRanges | undefined} b
 * @returns {PageRanges | undefined}
 */
function intersectRanges(a, b) {
  if (!a) return b
  if (!b) return a
  /** @type {PageRanges} */
  const out = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i][0], b[j][0])
    const end = Math.min(a[i][1], b[j][1])
    if (start < end) out.push([start, end])
    if (a[i][1] < b[j][1]) i++
    else j++
  }
  return out
}

/**
 * Union two sets of sorted disjoint ranges.
 *
 * @param {PageRanges} a
 * @param {PageRanges} b
 * @returns {PageRanges}
 */
function unionRanges(a, b) {
  /** @type {PageRanges} */
  const out = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const next = j >= b.length || i < a.length && a[i][0] <= b[j][0] ? a[i++] : b[j++]
    const last = out[out.length - 1]
    if (last && next[0] <= last[1]) last[1] = Math.max(last[1], next[1])
    else out.push([next[0], next[1]])
  }
  return out
}

/**
 * Resolve a dot-notation path to a value in a nested object.
 *
 * @param {Record<string, any>} record
 * @param {string} path
 * @returns {any}
 */
function filter_resolve(record, path) {
  let value = record
  for (const part of path.split('.')) {
    value = value?.[part]
  }
  return value
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/variant.js


/**
 * @import {DataReader, ParquetParsers, VariantMetadata} from '../src/types.js'
 */

const variant_decoder = new TextDecoder()
/** @type {WeakMap<object, Map<string, VariantMetadata>>} */
const metadataCache = new WeakMap()

/**
 * Recursively decode variant structs into native values.
 *
 * @param {any} value
 * @param {ParquetParsers} [parsers]
 * @returns {any}
 */
function decodeVariantColumn(value, parsers = DEFAULT_PARSERS) {
  if (Array.isArray(value)) {
    return value.map(entry => decodeVariantColumn(entry, parsers))
  }
  if (typeof value !== 'object') return value

  if ('metadata' in value) {
    const metadata = parseVariantMetadata(value.metadata)

    // Decode shredded fields from typed_value
    const shreddedFields = value.typed_value && decodeTypedValue(value.typed_value, metadata, parsers)

    // Decode binary value (may contain additional fields for partially shredded objects)
    const binaryValue = value.value && readVariant(makeReader(value.value), metadata, parsers)

    // Merge shredded and binary values for partially shredded objects
    if (shreddedFields && binaryValue) {
      return { ...binaryValue, ...shreddedFields }
    }
    return shreddedFields ?? binaryValue
  }

  return value
}

/**
 * Decode a shredded variant typed_value field.
 *
 * @param {any} typedValue
 * @param {VariantMetadata} metadata
 * @param {ParquetParsers} parsers
 * @returns {any}
 */
function decodeTypedValue(typedValue, metadata, parsers) {
  if (typedValue instanceof Date) return typedValue

  // Handle {typed_value, value} wrapper - unwrap and recurse
  if (typedValue && typeof typedValue === 'object' && !Array.isArray(typedValue) && !(typedValue instanceof Uint8Array)) {
    if ('typed_value' in typedValue && typedValue.typed_value !== null && typedValue.typed_value !== undefined) {
      return decodeTypedValue(typedValue.typed_value, metadata, parsers)
    }
    if ('value' in typedValue && typedValue.value instanceof Uint8Array) {
      return readVariant(makeReader(typedValue.value), metadata, parsers)
    }
    if ('typed_value' in typedValue || 'value' in typedValue) {
      // both null/missing → field is null
      return null
    }
    // Shredded object: each field value gets decoded
    /** @type {Record<string, any>} */
    const result = {}
    for (const [key, field] of Object.entries(typedValue)) {
      if (!metadata.dictionary.includes(key)) continue
      result[key] = decodeTypedValue(field, metadata, parsers)
    }
    return result
  }

  // Uint8Array: decode as binary variant
  if (typedValue instanceof Uint8Array) {
    return readVariant(makeReader(typedValue), metadata, parsers)
  }

  // Arrays
  if (Array.isArray(typedValue)) {
    return typedValue.map(element => decodeTypedValue(element, metadata, parsers))
  }

  return typedValue
}

/**
 * @param {Uint8Array} bytes
 * @returns {DataReader}
 */
function makeReader(bytes) {
  return { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 }
}

/**
 * Parse and cache variant metadata dictionary.
 *
 * @param {Uint8Array} bytes
 * @returns {VariantMetadata}
 */
function parseVariantMetadata(bytes) {
  let bufferCache = metadataCache.get(bytes.buffer)
  if (!bufferCache) {
    bufferCache = new Map()
    metadataCache.set(bytes.buffer, bufferCache)
  }
  const key = `${bytes.byteOffset}:${bytes.byteLength}`
  const cached = bufferCache.get(key)
  if (cached) return cached

  const reader = makeReader(bytes)
  const header = reader.view.getUint8(reader.offset++)
  const version = header & 0x0f
  if (version !== 1) throw new Error(`parquet unsupported variant metadata version: ${version}`)
  const sorted = (header >> 4 & 0x1) === 1
  const offsetSize = (header >> 6 & 0x3) + 1

  const dictionarySize = readUnsigned(reader, offsetSize)

  const offsets = new Array(dictionarySize + 1)
  for (let i = 0; i < offsets.length; i++) {
    offsets[i] = readUnsigned(reader, offsetSize)
  }

  const base = reader.offset
  const dictionary = new Array(dictionarySize)
  for (let i = 0; i < dictionarySize; i++) {
    const start = offsets[i]
    const end = offsets[i + 1]
    const strBytes = new Uint8Array(bytes.buffer, bytes.byteOffset + base + start, end - start)
    dictionary[i] = variant_decoder.decode(strBytes)
  }

  const metadata = { dictionary, sorted }
  bufferCache.set(key, metadata)
  return metadata
}

/**
 * @param {DataReader} reader
 * @param {number} byteWidth
 * @returns {number}
 */
function readUnsigned(reader, byteWidth) {
  let value = 0
  for (let i = 0; i < byteWidth; i++) {
    value |= reader.view.getUint8(reader.offset + i) << i * 8
  }
  reader.offset += byteWidth
  return value
}

/**
 * @param {DataReader} reader
 * @param {VariantMetadata} metadata
 * @param {ParquetParsers} parsers
 * @returns {any}
 */
function readVariant(reader, metadata, parsers) {
  const typeByte = reader.view.getUint8(reader.offset++)
  const basicType = typeByte & 0x3
  const header = typeByte >> 2
  if (basicType === 0) return readVariantPrimitive(reader, header, parsers)
  if (basicType === 2) return readVariantObject(reader, header, metadata, parsers)
  if (basicType === 3) return readVariantArray(reader, header, metadata, parsers)
  // else short string
  const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, header)
  reader.offset += header
  return variant_decoder.decode(bytes)
}

/**
 * @param {DataReader} reader
 * @param {number} typeId
 * @param {ParquetParsers} parsers
 * @returns {any}
 */
function readVariantPrimitive(reader, typeId, parsers) {
  switch (typeId) {
  case 0: return null
  case 1: return true
  case 2: return false
  case 3: {
    const value = reader.view.getInt8(reader.offset)
    reader.offset += 1
    return value
  }
  case 4: {
    const value = reader.view.getInt16(reader.offset, true)
    reader.offset += 2
    return value
  }
  case 5: {
    const value = reader.view.getInt32(reader.offset, true)
    reader.offset += 4
    return value
  }
  case 6: {
    const value = reader.view.getBigInt64(reader.offset, true)
    reader.offset += 8
    return value
  }
  case 7: {
    const value = reader.view.getFloat64(reader.offset, true)
    reader.offset += 8
    return value
  }
  case 8:
    return readVariantDecimal(reader, 4)
  case 9:
    return readVariantDecimal(reader, 8)
  case 10:
    return readVariantDecimal(reader, 16)
  case 11: {
    const value = reader.view.getInt32(reader.offset, true)
    reader.offset += 4
    return parsers.dateFromDays(value)
  }
  case 12: // timestamp_micros (utc)
  case 13: { // timestamp_micros_ntz (no timezone)
    const value = reader.view.getBigInt64(reader.offset, true)
    reader.offset += 8
    return parsers.timestampFromMicroseconds(value)
  }
  case 14: {
    const value = reader.view.getFloat32(reader.offset, true)
    reader.offset += 4
    return value
  }
  case 15:
    return readVariantBinary(reader)
  case 16: {
    const bytes = readVariantBinary(reader)
    return variant_decoder.decode(bytes)
  }
  case 17: {
    // time: microseconds since midnight
    const value = reader.view.getBigInt64(reader.offset, true)
    reader.offset += 8
    return value
  }
  case 18: // timestamp_nanos (utc)
  case 19: { // timestamp_nanos_ntz (no timezone)
    const value = reader.view.getBigInt64(reader.offset, true)
    reader.offset += 8
    return parsers.timestampFromNanoseconds(value)
  }
  case 20: {
    const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, 16)
    reader.offset += 16
    const hex = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('')
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
  }
  default:
    throw new Error(`parquet unsupported variant primitive type: ${typeId}`)
  }
}

/**
 * @param {DataReader} reader
 * @param {number} header
 * @param {VariantMetadata} metadata
 * @param {ParquetParsers} parsers
 * @returns {Record<string, any>}
 */
function readVariantObject(reader, header, metadata, parsers) {
  const offsetWidth = (header & 0x3) + 1
  const idWidth = (header >> 2 & 0x3) + 1
  const isLarge = header >> 4 & 0x1
  const numElements = isLarge ? readUnsigned(reader, 4) : reader.view.getUint8(reader.offset++)

  /** @type {number[]} */
  const fieldIds = new Array(numElements)
  for (let i = 0; i < numElements; i++) {
    fieldIds[i] = readUnsigned(reader, idWidth)
  }

  const offsets = new Array(numElements + 1)
  for (let i = 0; i < offsets.length; i++) {
    offsets[i] = readUnsigned(reader, offsetWidth)
  }

  /** @type {Record<string, any>} */
  const out = {}
  for (let i = 0; i < numElements; i++) {
    const key = metadata.dictionary[fieldIds[i]]
    // Read value at the given offset
    const valueReader = {
      view: reader.view,
      offset: reader.offset + offsets[i],
    }
    out[key] = readVariant(valueReader, metadata, parsers)
  }
  reader.offset += offsets[offsets.length - 1]
  return out
}

/**
 * @param {DataReader} reader
 * @param {number} header
 * @param {VariantMetadata} metadata
 * @param {ParquetParsers} parsers
 * @returns {any[]}
 */
function readVariantArray(reader, header, metadata, parsers) {
  const fieldOffsetSize = header & 0x3
  const isLarge = header >> 2 & 0x1
  const offsetWidth = fieldOffsetSize + 1
  const numElements = readUnsigned(reader, isLarge ? 4 : 1)

  const offsets = new Array(numElements + 1)
  for (let i = 0; i < offsets.length; i++) {
    offsets[i] = readUnsigned(reader, offsetWidth)
  }

  const valuesStart = reader.offset
  const result = new Array(numElements)
  for (let i = 0; i < numElements; i++) {
    const valueReader = {
      view: reader.view,
      offset: valuesStart + offsets[i],
    }
    result[i] = readVariant(valueReader, metadata, parsers)
  }
  reader.offset = valuesStart + offsets[offsets.length - 1]
  return result
}

/**
 * @param {DataReader} reader
 * @param {number} width
 * @returns {number}
 */
function readVariantDecimal(reader, width) {
  const scale = reader.view.getUint8(reader.offset)
  reader.offset += 1
  let unscaled
  if (width === 4) {
    unscaled = BigInt(reader.view.getInt32(reader.offset, true))
    reader.offset += 4
  } else if (width === 8) {
    unscaled = reader.view.getBigInt64(reader.offset, true)
    reader.offset += 8
  } else {
    const low = reader.view.getBigUint64(reader.offset, true)
    const high = reader.view.getBigInt64(reader.offset + 8, true)
    unscaled = high << 64n | low
    reader.offset += 16
  }

  return Number(unscaled) * 10 ** -scale
}

/**
 * @param {DataReader} reader
 * @returns {Uint8Array}
 */
function readVariantBinary(reader) {
  const length = reader.view.getUint32(reader.offset, true)
  reader.offset += 4
  const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, length)
  reader.offset += length
  return bytes
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/assemble.js



/**
 * Reconstructs a complex nested structure from flat arrays of values and
 * definition and repetition levels, according to Dremel encoding.
 *
 * @param {any[]} output
 * @param {number[] | undefined} definitionLevels
 * @param {number[]} repetitionLevels
 * @param {DecodedArray} values
 * @param {SchemaTree[]} schemaPath
 * @returns {DecodedArray}
 */
function assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath) {
  const maxDefinitionLevel = getMaxDefinitionLevel(schemaPath)
  // If no def/rep levels, synthesize def levels at max
  if (!definitionLevels?.length && !repetitionLevels.length) {
    if (!maxDefinitionLevel || !values.length) return values
    definitionLevels = new Array(values.length).fill(maxDefinitionLevel)
  }
  const n = definitionLevels?.length || repetitionLevels.length
  const repetitionPath = schemaPath.map(({ element }) => element.repetition_type)
  let valueIndex = 0

  // Track state of nested structures
  const containerStack = [output]
  let currentContainer = output
  let currentDepth = 0 // schema depth
  let currentDefLevel = 0 // list depth
  let currentRepLevel = 0

  if (repetitionLevels[0]) {
    // continue previous row
    while (currentDepth < repetitionPath.length - 2 && currentRepLevel < repetitionLevels[0]) {
      currentDepth++
      if (repetitionPath[currentDepth] !== 'REQUIRED') {
        // go into last list
        currentContainer = currentContainer.at(-1)
        containerStack.push(currentContainer)
        currentDefLevel++
      }
      if (repetitionPath[currentDepth] === 'REPEATED') currentRepLevel++
    }
  }

  for (let i = 0; i < n; i++) {
    // assert(currentDefLevel === containerStack.length - 1)
    const def = definitionLevels?.length ? definitionLevels[i] : maxDefinitionLevel
    const rep = repetitionLevels[i]

    // Pop up to start of rep level
    while (currentDepth && (rep < currentRepLevel || repetitionPath[currentDepth] !== 'REPEATED')) {
      if (repetitionPath[currentDepth] !== 'REQUIRED') {
        containerStack.pop()
        currentDefLevel--
      }
      if (repetitionPath[currentDepth] === 'REPEATED') currentRepLevel--
      currentDepth--
    }
    // @ts-expect-error won't be empty
    currentContainer = containerStack.at(-1)

    // Go deeper to end of definition level
    while (
      (currentDepth < repetitionPath.length - 2 || repetitionPath[currentDepth + 1] === 'REPEATED') &&
      (currentDefLevel < def || repetitionPath[currentDepth + 1] === 'REQUIRED')
    ) {
      currentDepth++
      if (repetitionPath[currentDepth] !== 'REQUIRED') {
        /** @type {any[]} */
        const newList = []
        currentContainer.push(newList)
        currentContainer = newList
        containerStack.push(newList)
        currentDefLevel++
      }
      if (repetitionPath[currentDepth] === 'REPEATED') currentRepLevel++
    }

    // Add value or null based on definition level
    if (def === maxDefinitionLevel) {
      // assert(currentDepth === maxDefinitionLevel || currentDepth === repetitionPath.length - 2)
      currentContainer.push(values[valueIndex++])
    } else if (currentDepth === repetitionPath.length - 2) {
      currentContainer.push(null)
    } else {
      currentContainer.push([])
    }
  }

  // Handle edge cases for empty inputs or single-level data
  if (!output.length) {
    // return max definition level of nested lists
    for (let i = 0; i < maxDefinitionLevel; i++) {
      /** @type {any[]} */
      const newList = []
      currentContainer.push(newList)
      currentContainer = newList
    }
  }

  return output
}

/**
 * Assemble a nested structure from subcolumn data.
 *
 * @param {Map<string, DecodedArray>} subcolumnData
 * @param {SchemaTree} schema top-level schema element
 * @param {ParquetParsers} parsers
 * @param {number} [depth] depth of nested structure
 */
function assembleNested(subcolumnData, schema, parsers, depth = 0) {
  const path = schema.path.join('.')
  const optional = schema.element.repetition_type === 'OPTIONAL'
  const nextDepth = optional ? depth + 1 : depth

  if (isListLike(schema)) {
    let sublist = schema.children[0]
    let subDepth = nextDepth
    if (sublist.children.length === 1) {
      sublist = sublist.children[0]
      subDepth++
    }
    assembleNested(subcolumnData, sublist, parsers, subDepth)

    const subcolumn = sublist.path.join('.')
    const values = subcolumnData.get(subcolumn)
    if (!values) throw new Error('parquet list column missing values')
    if (optional) flattenAtDepth(values, depth)
    subcolumnData.set(path, values)
    subcolumnData.delete(subcolumn)
    return
  }

  if (isMapLike(schema)) {
    const mapName = schema.children[0].element.name

    // Assemble keys and values
    assembleNested(subcolumnData, schema.children[0].children[0], parsers, nextDepth + 1)
    assembleNested(subcolumnData, schema.children[0].children[1], parsers, nextDepth + 1)

    const keys = subcolumnData.get(`${path}.${mapName}.key`)
    const values = subcolumnData.get(`${path}.${mapName}.value`)

    if (!keys) throw new Error('parquet map column missing keys')
    if (!values) throw new Error('parquet map column missing values')
    if (keys.length !== values.length) {
      throw new Error('parquet map column key/value length mismatch')
    }

    const out = assembleMaps(keys, values, nextDepth)
    if (optional) flattenAtDepth(out, depth)

    subcolumnData.delete(`${path}.${mapName}.key`)
    subcolumnData.delete(`${path}.${mapName}.value`)
    subcolumnData.set(path, out)
    return
  }

  // Struct-like column
  if (schema.children.length) {
    // construct a meta struct and then invert
    const invertDepth = schema.element.repetition_type === 'REQUIRED' ? depth : depth + 1
    /** @type {Record<string, any>} */
    const struct = {}
    for (const child of schema.children) {
      assembleNested(subcolumnData, child, parsers, invertDepth)
      const childData = subcolumnData.get(child.path.join('.'))
      if (!childData) throw new Error('parquet struct missing child data')
      struct[child.element.name] = childData
    }
    // remove children
    for (const child of schema.children) {
      subcolumnData.delete(child.path.join('.'))
    }

    // invert struct by depth
    let inverted = invertStruct(struct, invertDepth)
    if (schema.element.logical_type?.type === 'VARIANT') {
      inverted = decodeVariantColumn(inverted, parsers)
    }
    if (optional) flattenAtDepth(inverted, depth)
    subcolumnData.set(path, inverted)
  }
}

/**
 * @import {DecodedArray, ParquetParsers, SchemaTree} from '../src/types.js'
 * @param {DecodedArray} arr
 * @param {number} depth
 */
function flattenAtDepth(arr, depth) {
  for (let i = 0; i < arr.length; i++) {
    if (depth) {
      flattenAtDepth(arr[i], depth - 1)
    } else {
      arr[i] = arr[i][0]
    }
  }
}

/**
 * @param {DecodedArray} keys
 * @param {DecodedArray} values
 * @param {number} depth
 * @returns {any[]}
 */
function assembleMaps(keys, values, depth) {
  const out = []
  for (let i = 0; i < keys.length; i++) {
    if (depth) {
      out.push(assembleMaps(keys[i], values[i], depth - 1)) // go deeper
    } else {
      if (keys[i]) {
        /** @type {Record<string, any>} */
        const obj = {}
        for (let j = 0; j < keys[i].length; j++) {
          const value = values[i][j]
          obj[keys[i][j]] = value === undefined ? null : value
        }
        out.push(obj)
      } else {
        out.push(undefined)
      }
    }
  }
  return out
}

/**
 * Invert a struct-like object by depth.
 *
 * @param {Record<string, any[]>} struct
 * @param {number} depth
 * @returns {any[]}
 */
function invertStruct(struct, depth) {
  const keys = Object.keys(struct)
  const length = struct[keys[0]]?.length
  const out = []
  for (let i = 0; i < length; i++) {
    /** @type {Record<string, any>} */
    const obj = {}
    for (const key of keys) {
      if (struct[key].length !== length) throw new Error('parquet struct parsing error')
      obj[key] = struct[key][i]
    }
    if (depth) {
      out.push(invertStruct(obj, depth - 1)) // deeper
    } else {
      out.push(obj)
    }
  }
  return out
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/delta.js
/**
 * @import {DataReader} from '../src/types.js'
 */



/**
 * @param {DataReader} reader
 * @param {number} count number of values to read
 * @param {Int32Array | BigInt64Array} output
 */
function deltaBinaryUnpack(reader, count, output) {
  if (output instanceof Int32Array) {
    deltaBinaryUnpackInt32(reader, count, output)
    return
  }
  const blockSize = readVarInt(reader)
  const miniblockPerBlock = readVarInt(reader)
  readVarInt(reader) // assert(=== count)
  let value = readZigZagBigInt(reader) // first value
  let outputIndex = 0
  output[outputIndex++] = value

  const valuesPerMiniblock = blockSize / miniblockPerBlock

  while (outputIndex < count) {
    // new block
    const minDelta = readZigZagBigInt(reader)
    const bitWidths = new Uint8Array(miniblockPerBlock)
    for (let i = 0; i < miniblockPerBlock; i++) {
      bitWidths[i] = reader.view.getUint8(reader.offset++)
    }

    for (let i = 0; i < miniblockPerBlock && outputIndex < count; i++) {
      // new miniblock
      const bitWidth = bitWidths[i]
      if (bitWidth) {
        // Miniblock data lengths are multiples of four bytes.
        let bitpackPos = 0
        let miniblockCount = valuesPerMiniblock
        const mask = (1n << BigInt(bitWidth)) - 1n
        while (miniblockCount && outputIndex < count) {
          let bits = BigInt(reader.view.getUint32(reader.offset, true) >>> bitpackPos) & mask // TODO: don't re-read value every time
          bitpackPos += bitWidth
          while (bitpackPos >= 32) {
            bitpackPos -= 32
            reader.offset += 4
            if (bitpackPos) {
              bits |= BigInt(reader.view.getUint32(reader.offset, true)) << BigInt(bitWidth - bitpackPos) & mask
            }
          }
          const delta = minDelta + bits
          value += delta
          output[outputIndex++] = value
          miniblockCount--
        }
        if (miniblockCount) {
          // consume leftover miniblock
          reader.offset += Math.ceil((miniblockCount * bitWidth + bitpackPos) / 8)
        }
      } else {
        for (let j = 0; j < valuesPerMiniblock && outputIndex < count; j++) {
          value += minDelta
          output[outputIndex++] = value
        }
      }
    }
  }
}

/**
 * Decode INT32 without BigInt arithmetic in the per-value loop.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @param {Int32Array} output
 */
function deltaBinaryUnpackInt32(reader, count, output) {
  const blockSize = readVarInt(reader)
  const miniblockPerBlock = readVarInt(reader)
  readVarInt(reader)
  let value = readZigZag(reader)
  let outputIndex = 0
  output[outputIndex++] = value
  const valuesPerMiniblock = blockSize / miniblockPerBlock
  const { view } = reader
  while (outputIndex < count) {
    const minDelta = readZigZagInt33(reader)
    const bitWidthsOffset = reader.offset
    let offset = bitWidthsOffset + miniblockPerBlock
    for (let i = 0; i < miniblockPerBlock && outputIndex < count; i++) {
      const bitWidth = view.getUint8(bitWidthsOffset + i)
      const end = offset + valuesPerMiniblock * bitWidth / 8
      let bitOffset = 0
      for (let j = 0; j < valuesPerMiniblock && outputIndex < count; j++) {
        let residual = 0
        let bitsRead = 0
        while (bitsRead < bitWidth) {
          const bitsToRead = Math.min(8 - bitOffset, bitWidth - bitsRead)
          // Residual bits at 32 and above vanish modulo 2^32.
          if (bitsRead < 32) {
            residual |= (view.getUint8(offset) >>> bitOffset & (1 << bitsToRead) - 1) << bitsRead
          }
          bitsRead += bitsToRead
          bitOffset += bitsToRead
          if (bitOffset === 8) {
            bitOffset = 0
            offset++
          }
        }
        // Parquet INT32 delta arithmetic wraps in two's complement.
        value = value + minDelta + residual | 0
        output[outputIndex++] = value
      }
      // Consume the entire padded miniblock, but not unused miniblock bodies.
      offset = end
    }
    reader.offset = offset
  }
}

/**
 * Read a zigzag varint modulo 2^32. INT32 deltas can need 33 bits, which
 * readZigZag truncates, but only the low 32 bits of the decoded value matter.
 * readVarInt keeps the low 32 zigzag bits of a 5-byte varint; bit 32 is bit 4
 * of the fifth byte. Reusing readVarInt keeps the caller's hot loop fast.
 *
 * @param {DataReader} reader
 * @returns {number}
 */
function readZigZagInt33(reader) {
  const start = reader.offset
  const low = readVarInt(reader)
  const high = reader.offset - start === 5 ? reader.view.getUint8(start + 4) >>> 4 & 1 : 0
  return (low >>> 1 | high << 31) ^ -(low & 1)
}

/**
 * @param {DataReader} reader
 * @param {number} count
 * @param {Uint8Array[]} output
 */
function deltaLengthByteArray(reader, count, output) {
  const lengths = new Int32Array(count)
  deltaBinaryUnpack(reader, count, lengths)
  for (let i = 0; i < count; i++) {
    output[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, lengths[i])
    reader.offset += lengths[i]
  }
}

/**
 * @param {DataReader} reader
 * @param {number} count
 * @param {Uint8Array[]} output
 */
function deltaByteArray(reader, count, output) {
  const prefixData = new Int32Array(count)
  deltaBinaryUnpack(reader, count, prefixData)
  const suffixData = new Int32Array(count)
  deltaBinaryUnpack(reader, count, suffixData)

  for (let i = 0; i < count; i++) {
    const suffix = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, suffixData[i])
    if (prefixData[i]) {
      // copy from previous value
      output[i] = new Uint8Array(prefixData[i] + suffixData[i])
      output[i].set(output[i - 1].subarray(0, prefixData[i]))
      output[i].set(suffix, prefixData[i])
    } else {
      output[i] = suffix
    }
    reader.offset += suffixData[i]
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/encoding.js
/**
 * @import {DataReader, DecodedArray, ParquetType} from '../src/types.js'
 */



/**
 * Read values from a run-length encoded/bit-packed hybrid encoding.
 *
 * If length is zero, then read int32 length at the start.
 *
 * @param {DataReader} reader
 * @param {number} width - bitwidth
 * @param {DecodedArray} output
 * @param {number} [length] - length of the encoded data
 */
function readRleBitPackedHybrid(reader, width, output, length) {
  if (length === undefined) {
    length = reader.view.getUint32(reader.offset, true)
    reader.offset += 4
  }
  const startOffset = reader.offset
  let seen = 0
  while (seen < output.length) {
    const header = readVarInt(reader)
    if (header & 1) {
      // bit-packed
      seen = readBitPacked(reader, header, width, output, seen)
    } else {
      // rle
      const count = header >>> 1
      readRle(reader, count, width, output, seen)
      seen += count
    }
  }
  reader.offset = startOffset + length // duckdb writes an empty block
}

/**
 * Run-length encoding: read value with bitWidth and repeat it count times.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @param {number} bitWidth
 * @param {DecodedArray} output
 * @param {number} seen
 */
function readRle(reader, count, bitWidth, output, seen) {
  const width = bitWidth + 7 >> 3
  let value = 0
  for (let i = 0; i < width; i++) {
    value |= reader.view.getUint8(reader.offset++) << (i << 3)
  }
  // assert(value < 1 << bitWidth)

  // repeat value count times
  for (let i = 0; i < count; i++) {
    output[seen + i] = value
  }
}

/**
 * Read a bit-packed run of the rle/bitpack hybrid.
 * Supports width > 8 (crossing bytes).
 *
 * @param {DataReader} reader
 * @param {number} header - bit-pack header
 * @param {number} bitWidth
 * @param {DecodedArray} output
 * @param {number} seen
 * @returns {number} total output values so far
 */
function readBitPacked(reader, header, bitWidth, output, seen) {
  let count = header >> 1 << 3 // values to read
  const mask = (1 << bitWidth) - 1

  let data = 0
  if (reader.offset < reader.view.byteLength) {
    data = reader.view.getUint8(reader.offset++)
  } else if (mask) {
    // sometimes out-of-bounds reads are masked out
    throw new Error(`parquet bitpack offset ${reader.offset} out of range`)
  }
  let left = 8
  let right = 0

  // read values
  while (count) {
    // if we have crossed a byte boundary, shift the data
    if (right > 8) {
      right -= 8
      left -= 8
      data >>>= 8
    } else if (left - right < bitWidth) {
      // if we don't have bitWidth number of bits to read, read next byte
      data |= reader.view.getUint8(reader.offset) << left
      reader.offset++
      left += 8
    } else {
      if (seen < output.length) {
        // emit value
        output[seen++] = data >> right & mask
      }
      count--
      right += bitWidth
    }
  }

  return seen
}

/**
 * @param {DataReader} reader
 * @param {number} count
 * @param {ParquetType} type
 * @param {number | undefined} typeLength
 * @returns {DecodedArray}
 */
function byteStreamSplit(reader, count, type, typeLength) {
  const width = byteWidth(type, typeLength)
  const bytes = new Uint8Array(count * width)
  for (let b = 0; b < width; b++) {
    for (let i = 0; i < count; i++) {
      bytes[i * width + b] = reader.view.getUint8(reader.offset++)
    }
  }
  // interpret bytes as typed array
  if (type === 'FLOAT') return new Float32Array(bytes.buffer)
  else if (type === 'DOUBLE') return new Float64Array(bytes.buffer)
  else if (type === 'INT32') return new Int32Array(bytes.buffer)
  else if (type === 'INT64') return new BigInt64Array(bytes.buffer)
  else if (type === 'FIXED_LEN_BYTE_ARRAY') {
    // split into arrays of typeLength
    const split = new Array(count)
    for (let i = 0; i < count; i++) {
      split[i] = bytes.subarray(i * width, (i + 1) * width)
    }
    return split
  }
  throw new Error(`parquet byte_stream_split unsupported type: ${type}`)
}

/**
 * @param {ParquetType} type
 * @param {number | undefined} typeLength
 * @returns {number}
 */
function byteWidth(type, typeLength) {
  switch (type) {
  case 'INT32':
  case 'FLOAT':
    return 4
  case 'INT64':
  case 'DOUBLE':
    return 8
  case 'FIXED_LEN_BYTE_ARRAY':
    if (!typeLength) throw new Error('parquet byteWidth missing type_length')
    return typeLength
  default:
    throw new Error(`parquet unsupported type: ${type}`)
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/plain.js
/**
 * Read `count` values of the given type from the reader.view.
 *
 * @param {DataReader} reader - buffer to read data from
 * @param {ParquetType} type - parquet type of the data
 * @param {number} count - number of values to read
 * @param {number | undefined} fixedLength - length of each fixed length byte array
 * @returns {DecodedArray} array of values
 */
function readPlain(reader, type, count, fixedLength) {
  if (count === 0) return []
  if (type === 'BOOLEAN') {
    return readPlainBoolean(reader, count)
  } else if (type === 'INT32') {
    return readPlainInt32(reader, count)
  } else if (type === 'INT64') {
    return readPlainInt64(reader, count)
  } else if (type === 'INT96') {
    return readPlainInt96(reader, count)
  } else if (type === 'FLOAT') {
    return readPlainFloat(reader, count)
  } else if (type === 'DOUBLE') {
    return readPlainDouble(reader, count)
  } else if (type === 'BYTE_ARRAY') {
    return readPlainByteArray(reader, count)
  } else if (type === 'FIXED_LEN_BYTE_ARRAY') {
    if (!fixedLength) throw new Error('parquet missing fixed length')
    return readPlainByteArrayFixed(reader, count, fixedLength)
  } else {
    throw new Error(`parquet unhandled type: ${type}`)
  }
}

/**
 * Read `count` boolean values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {boolean[]}
 */
function readPlainBoolean(reader, count) {
  const values = new Array(count)
  for (let i = 0; i < count; i++) {
    const byteOffset = reader.offset + (i / 8 | 0)
    const bitOffset = i % 8
    const byte = reader.view.getUint8(byteOffset)
    values[i] = (byte & 1 << bitOffset) !== 0
  }
  reader.offset += Math.ceil(count / 8)
  return values
}

/**
 * Read `count` int32 values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {Int32Array}
 */
function readPlainInt32(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 4
    ? new Int32Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 4))
    : new Int32Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count)
  reader.offset += count * 4
  return values
}

/**
 * Read `count` int64 values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {BigInt64Array}
 */
function readPlainInt64(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 8
    ? new BigInt64Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 8))
    : new BigInt64Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count)
  reader.offset += count * 8
  return values
}

/**
 * Read `count` int96 values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {bigint[]}
 */
function readPlainInt96(reader, count) {
  const values = new Array(count)
  for (let i = 0; i < count; i++) {
    const low = reader.view.getBigInt64(reader.offset + i * 12, true)
    const high = reader.view.getInt32(reader.offset + i * 12 + 8, true)
    values[i] = BigInt(high) << 64n | low
  }
  reader.offset += count * 12
  return values
}

/**
 * Read `count` float values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {Float32Array}
 */
function readPlainFloat(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 4
    ? new Float32Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 4))
    : new Float32Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count)
  reader.offset += count * 4
  return values
}

/**
 * Read `count` double values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {Float64Array}
 */
function readPlainDouble(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 8
    ? new Float64Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 8))
    : new Float64Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count)
  reader.offset += count * 8
  return values
}

/**
 * Read `count` byte array values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {Uint8Array[]}
 */
function readPlainByteArray(reader, count) {
  const values = new Array(count)
  for (let i = 0; i < count; i++) {
    const length = reader.view.getUint32(reader.offset, true)
    reader.offset += 4
    values[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, length)
    reader.offset += length
  }
  return values
}

/**
 * Read a fixed length byte array.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @param {number} fixedLength
 * @returns {Uint8Array[]}
 */
function readPlainByteArrayFixed(reader, count, fixedLength) {
  // assert(reader.view.byteLength - reader.offset >= count * fixedLength)
  const values = new Array(count)
  for (let i = 0; i < count; i++) {
    values[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, fixedLength)
    reader.offset += fixedLength
  }
  return values
}

/**
 * Create a new buffer with the offset and size.
 *
 * @import {DataReader, DecodedArray, ParquetType} from '../src/types.js'
 * @param {ArrayBufferLike} buffer
 * @param {number} offset
 * @param {number} size
 * @returns {ArrayBuffer}
 */
function align(buffer, offset, size) {
  const aligned = new ArrayBuffer(size)
  new Uint8Array(aligned).set(new Uint8Array(buffer, offset, size))
  return aligned
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/snappy.js
/**
 * The MIT License (MIT)
 * Copyright (c) 2016 Zhipeng Jia
 * https://github.com/zhipeng-jia/snappyjs
 */

const WORD_MASK = [0, 0xff, 0xffff, 0xffffff, 0xffffffff]

/**
 * Copy bytes from one array to another
 *
 * @param {Uint8Array} fromArray source array
 * @param {number} fromPos source position
 * @param {Uint8Array} toArray destination array
 * @param {number} toPos destination position
 * @param {number} length number of bytes to copy
 */
function copyBytes(fromArray, fromPos, toArray, toPos, length) {
  for (let i = 0; i < length; i++) {
    toArray[toPos + i] = fromArray[fromPos + i]
  }
}

/**
 * Decompress snappy data.
 * Accepts an output buffer to avoid allocating a new buffer for each call.
 *
 * @param {Uint8Array} input compressed data
 * @param {Uint8Array} output output buffer
 */
function snappyUncompress(input, output) {
  const inputLength = input.byteLength
  const outputLength = output.byteLength
  let pos = 0
  let outPos = 0

  // skip preamble (contains uncompressed length as varint)
  while (pos < inputLength) {
    const c = input[pos]
    pos++
    if (c < 128) {
      break
    }
  }
  if (outputLength && pos >= inputLength) {
    throw new Error('invalid snappy length header')
  }

  while (pos < inputLength) {
    const c = input[pos]
    let len = 0
    pos++

    if (pos >= inputLength) {
      throw new Error('missing eof marker')
    }

    // There are two types of elements, literals and copies (back references)
    if ((c & 0x3) === 0) {
      // Literals are uncompressed data stored directly in the byte stream
      let len = (c >>> 2) + 1
      // Longer literal length is encoded in multiple bytes
      if (len > 60) {
        if (pos + 3 >= inputLength) {
          throw new Error('snappy error literal pos + 3 >= inputLength')
        }
        const lengthSize = len - 60 // length bytes - 1
        len = input[pos]
          + (input[pos + 1] << 8)
          + (input[pos + 2] << 16)
          + (input[pos + 3] << 24)
        len = (len & WORD_MASK[lengthSize]) + 1
        pos += lengthSize
      }
      if (pos + len > inputLength) {
        throw new Error('snappy error literal exceeds input length')
      }
      copyBytes(input, pos, output, outPos, len)
      pos += len
      outPos += len
    } else {
      // Copy elements
      let offset = 0 // offset back from current position to read
      switch (c & 0x3) {
      case 1:
        // Copy with 1-byte offset
        len = (c >>> 2 & 0x7) + 4
        offset = input[pos] + (c >>> 5 << 8)
        pos++
        break
      case 2:
        // Copy with 2-byte offset
        if (inputLength <= pos + 1) {
          throw new Error('snappy error end of input')
        }
        len = (c >>> 2) + 1
        offset = input[pos] + (input[pos + 1] << 8)
        pos += 2
        break
      case 3:
        // Copy with 4-byte offset
        if (inputLength <= pos + 3) {
          throw new Error('snappy error end of input')
        }
        len = (c >>> 2) + 1
        offset = input[pos]
          + (input[pos + 1] << 8)
          + (input[pos + 2] << 16)
          + (input[pos + 3] << 24)
        pos += 4
        break
      default:
        break
      }
      if (offset === 0 || isNaN(offset)) {
        throw new Error(`invalid offset ${offset} pos ${pos} inputLength ${inputLength}`)
      }
      if (offset > outPos) {
        throw new Error('cannot copy from before start of buffer')
      }
      copyBytes(output, outPos - offset, output, outPos, len)
      outPos += len
    }
  }

  if (outPos !== outputLength) throw new Error('premature end of input')
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/datapage.js
/**
 * @import {ColumnDecoder, CompressionCodec, Compressors, DataPage, DataPageHeader, DataPageHeaderV2, DataReader, DecodedArray, PageHeader, SchemaTree} from '../src/types.js'
 */







/**
 * Read a data page from uncompressed reader.
 *
 * @param {Uint8Array} bytes raw page data (should already be decompressed)
 * @param {DataPageHeader} daph data page header
 * @param {ColumnDecoder} columnDecoder
 * @returns {DataPage} definition levels, repetition levels, and array of values
 */
function readDataPage(bytes, daph, { type, element, schemaPath }) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const reader = { view, offset: 0 }
  /** @type {DecodedArray} */
  let dataPage

  // repetition and definition levels
  const repetitionLevels = readRepetitionLevels(reader, daph, schemaPath)
  // assert(!repetitionLevels.length || repetitionLevels.length === daph.num_values)
  const { definitionLevels, numNulls } = readDefinitionLevels(reader, daph, schemaPath)
  // assert(!definitionLevels.length || definitionLevels.length === daph.num_values)

  // read values based on encoding
  const nValues = daph.num_values - numNulls
  if (daph.encoding === 'PLAIN') {
    dataPage = readPlain(reader, type, nValues, element.type_length)
  } else if (
    daph.encoding === 'PLAIN_DICTIONARY' ||
    daph.encoding === 'RLE_DICTIONARY' ||
    daph.encoding === 'RLE'
  ) {
    const bitWidth = type === 'BOOLEAN' ? 1 : view.getUint8(reader.offset++)
    if (bitWidth) {
      dataPage = new Array(nValues)
      if (type === 'BOOLEAN') {
        readRleBitPackedHybrid(reader, bitWidth, dataPage)
        dataPage = dataPage.map(x => !!x) // convert to boolean
      } else {
        // assert(daph.encoding.endsWith('_DICTIONARY'))
        readRleBitPackedHybrid(reader, bitWidth, dataPage, view.byteLength - reader.offset)
      }
    } else {
      dataPage = new Uint8Array(nValues) // nValue zeroes
    }
  } else if (daph.encoding === 'BYTE_STREAM_SPLIT') {
    dataPage = byteStreamSplit(reader, nValues, type, element.type_length)
  } else if (daph.encoding === 'DELTA_BINARY_PACKED') {
    const int32 = type === 'INT32'
    dataPage = int32 ? new Int32Array(nValues) : new BigInt64Array(nValues)
    deltaBinaryUnpack(reader, nValues, dataPage)
  } else if (daph.encoding === 'DELTA_LENGTH_BYTE_ARRAY') {
    dataPage = new Array(nValues)
    deltaLengthByteArray(reader, nValues, dataPage)
  } else if (daph.encoding === 'DELTA_BYTE_ARRAY') {
    dataPage = new Array(nValues)
    deltaByteArray(reader, nValues, dataPage)
  } else {
    throw new Error(`parquet unsupported encoding: ${daph.encoding}`)
  }

  return { definitionLevels, repetitionLevels, dataPage }
}

/**
 * @param {DataReader} reader data view for the page
 * @param {DataPageHeader} daph data page header
 * @param {SchemaTree[]} schemaPath
 * @returns {any[]} repetition levels and number of bytes read
 */
function readRepetitionLevels(reader, daph, schemaPath) {
  if (schemaPath.length > 1) {
    const maxRepetitionLevel = getMaxRepetitionLevel(schemaPath)
    if (maxRepetitionLevel) {
      const values = new Array(daph.num_values)
      readRleBitPackedHybrid(reader, bitWidth(maxRepetitionLevel), values)
      return values
    }
  }
  return []
}

/**
 * @param {DataReader} reader data view for the page
 * @param {DataPageHeader} daph data page header
 * @param {SchemaTree[]} schemaPath
 * @returns {{ definitionLevels: number[], numNulls: number }} definition levels
 */
function readDefinitionLevels(reader, daph, schemaPath) {
  const maxDefinitionLevel = getMaxDefinitionLevel(schemaPath)
  if (!maxDefinitionLevel) return { definitionLevels: [], numNulls: 0 }

  const definitionLevels = new Array(daph.num_values)
  readRleBitPackedHybrid(reader, bitWidth(maxDefinitionLevel), definitionLevels)

  // count nulls
  let numNulls = daph.num_values
  for (const def of definitionLevels) {
    if (def === maxDefinitionLevel) numNulls--
  }
  if (numNulls === 0) definitionLevels.length = 0

  return { definitionLevels, numNulls }
}

/**
 * @param {Uint8Array} compressedBytes
 * @param {number} uncompressed_page_size
 * @param {CompressionCodec} codec
 * @param {Compressors | undefined} compressors
 * @returns {Uint8Array}
 */
function decompressPage(compressedBytes, uncompressed_page_size, codec, compressors) {
  /** @type {Uint8Array} */
  let page
  const customDecompressor = compressors?.[codec]
  if (codec === 'UNCOMPRESSED') {
    page = compressedBytes
  } else if (customDecompressor) {
    page = customDecompressor(compressedBytes, uncompressed_page_size)
  } else if (codec === 'SNAPPY') {
    page = new Uint8Array(uncompressed_page_size)
    snappyUncompress(compressedBytes, page)
  } else {
    throw new Error(`parquet unsupported compression codec: ${codec}`)
  }
  if (page?.length !== uncompressed_page_size) {
    throw new Error(`parquet decompressed page length ${page?.length} does not match header ${uncompressed_page_size}`)
  }
  return page
}


/**
 * Read a data page from the given Uint8Array.
 *
 * @param {Uint8Array} compressedBytes raw page data
 * @param {PageHeader} ph page header
 * @param {ColumnDecoder} columnDecoder
 * @returns {DataPage} definition levels, repetition levels, and array of values
 */
function readDataPageV2(compressedBytes, ph, columnDecoder) {
  const view = new DataView(compressedBytes.buffer, compressedBytes.byteOffset, compressedBytes.byteLength)
  const reader = { view, offset: 0 }
  const { type, element, schemaPath, codec, compressors } = columnDecoder
  const daph2 = ph.data_page_header_v2
  if (!daph2) throw new Error('parquet data page header v2 is undefined')

  // repetition levels
  const repetitionLevels = readRepetitionLevelsV2(reader, daph2, schemaPath)
  reader.offset = daph2.repetition_levels_byte_length // readVarInt() => len for boolean v2?

  // definition levels
  const definitionLevels = readDefinitionLevelsV2(reader, daph2, schemaPath)
  // assert(reader.offset === daph2.repetition_levels_byte_length + daph2.definition_levels_byte_length)

  const uncompressedPageSize = ph.uncompressed_page_size - daph2.definition_levels_byte_length - daph2.repetition_levels_byte_length

  let page = compressedBytes.subarray(reader.offset)
  if (daph2.is_compressed !== false) {
    page = decompressPage(page, uncompressedPageSize, codec, compressors)
  }
  const pageView = new DataView(page.buffer, page.byteOffset, page.byteLength)
  const pageReader = { view: pageView, offset: 0 }

  // read values based on encoding
  /** @type {DecodedArray} */
  let dataPage
  const nValues = daph2.num_values - daph2.num_nulls
  if (daph2.encoding === 'PLAIN') {
    dataPage = readPlain(pageReader, type, nValues, element.type_length)
  } else if (daph2.encoding === 'RLE') {
    // assert(type === 'BOOLEAN')
    dataPage = new Array(nValues)
    readRleBitPackedHybrid(pageReader, 1, dataPage)
    dataPage = dataPage.map(x => !!x)
  } else if (
    daph2.encoding === 'PLAIN_DICTIONARY' ||
    daph2.encoding === 'RLE_DICTIONARY'
  ) {
    const bitWidth = pageView.getUint8(pageReader.offset++)
    dataPage = new Array(nValues)
    readRleBitPackedHybrid(pageReader, bitWidth, dataPage, uncompressedPageSize - 1)
  } else if (daph2.encoding === 'DELTA_BINARY_PACKED') {
    const int32 = type === 'INT32'
    dataPage = int32 ? new Int32Array(nValues) : new BigInt64Array(nValues)
    deltaBinaryUnpack(pageReader, nValues, dataPage)
  } else if (daph2.encoding === 'DELTA_LENGTH_BYTE_ARRAY') {
    dataPage = new Array(nValues)
    deltaLengthByteArray(pageReader, nValues, dataPage)
  } else if (daph2.encoding === 'DELTA_BYTE_ARRAY') {
    dataPage = new Array(nValues)
    deltaByteArray(pageReader, nValues, dataPage)
  } else if (daph2.encoding === 'BYTE_STREAM_SPLIT') {
    dataPage = byteStreamSplit(pageReader, nValues, type, element.type_length)
  } else {
    throw new Error(`parquet unsupported encoding: ${daph2.encoding}`)
  }

  return { definitionLevels, repetitionLevels, dataPage }
}

/**
 * @param {DataReader} reader
 * @param {DataPageHeaderV2} daph2 data page header v2
 * @param {SchemaTree[]} schemaPath
 * @returns {any[]} repetition levels
 */
function readRepetitionLevelsV2(reader, daph2, schemaPath) {
  const maxRepetitionLevel = getMaxRepetitionLevel(schemaPath)
  if (!maxRepetitionLevel) return []

  const values = new Array(daph2.num_values)
  readRleBitPackedHybrid(reader, bitWidth(maxRepetitionLevel), values, daph2.repetition_levels_byte_length)
  return values
}

/**
 * @param {DataReader} reader
 * @param {DataPageHeaderV2} daph2 data page header v2
 * @param {SchemaTree[]} schemaPath
 * @returns {number[] | undefined} definition levels
 */
function readDefinitionLevelsV2(reader, daph2, schemaPath) {
  const maxDefinitionLevel = getMaxDefinitionLevel(schemaPath)
  if (maxDefinitionLevel) {
    // V2 we know the length
    const values = new Array(daph2.num_values)
    readRleBitPackedHybrid(reader, bitWidth(maxDefinitionLevel), values, daph2.definition_levels_byte_length)
    return values
  }
}

/**
 * Minimum bits needed to store value.
 *
 * @param {number} value
 * @returns {number}
 */
function bitWidth(value) {
  return 32 - Math.clz32(value)
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/column.js
/**
 * @import {ColumnDecoder, DataReader, DecodedArray, PageHeader, PageResult, RowGroupSelect, Statistics, SubColumnData} from '../src/types.js'
 */









/**
 * Parse column data from a buffer.
 *
 * @param {DataReader} reader
 * @param {RowGroupSelect} rowGroupSelect row group selection
 * @param {ColumnDecoder} columnDecoder column decoder params
 * @param {(chunk: SubColumnData) => void} [onPage] callback for each page
 * @returns {{ data: DecodedArray[], skipped: number }}
 */
function column_readColumn(reader, { groupStart, selectStart, selectEnd }, columnDecoder, onPage) {
  const { pathInSchema, schemaPath } = columnDecoder
  const isFlat = isFlatColumn(schemaPath)
  /** @type {DecodedArray[]} */
  const chunks = []
  /** @type {DecodedArray | undefined} */
  let dictionary = undefined
  /** @type {DecodedArray | undefined} */
  let lastChunk = undefined
  let rowCount = 0
  let skipped = 0

  const emitLastChunk = onPage && (() => {
    lastChunk && onPage({
      pathInSchema,
      columnData: lastChunk,
      rowStart: groupStart + rowCount - lastChunk.length,
      rowEnd: groupStart + rowCount,
    })
  })

  while (isFlat ? rowCount < selectEnd : reader.offset < reader.view.byteLength - 1) {
    if (reader.offset >= reader.view.byteLength - 1) break // end of reader

    // read page header
    const header = parquetHeader(reader)
    if (header.type === 'DICTIONARY_PAGE') {
      const { data } = readPage(reader, header, columnDecoder, dictionary, undefined, 0)
      if (data) dictionary = convert(data, columnDecoder)
    } else {
      const lastChunkLength = lastChunk?.length || 0
      const result = readPage(reader, header, columnDecoder, dictionary, lastChunk, selectStart - rowCount)
      if (result.skipped) {
        // skipped page - just advance row count, don't add to chunks
        if (!chunks.length) {
          skipped += result.skipped
        }
        rowCount += result.skipped
      } else if (result.data && lastChunk === result.data) {
        // continued from previous page
        rowCount += result.data.length - lastChunkLength
      } else if (result.data && result.data.length) {
        emitLastChunk?.()
        chunks.push(result.data)
        rowCount += result.data.length
        lastChunk = result.data
      }
    }
  }
  emitLastChunk?.()

  return { data: chunks, skipped }
}

/**
 * Read a page (data or dictionary) from a buffer.
 *
 * @param {DataReader} reader
 * @param {PageHeader} header
 * @param {ColumnDecoder} columnDecoder
 * @param {DecodedArray | undefined} dictionary
 * @param {DecodedArray | undefined} previousChunk
 * @param {number} pageStart skip this many rows in the page
 * @returns {PageResult}
 */
function readPage(reader, header, columnDecoder, dictionary, previousChunk, pageStart) {
  const { type, element, schemaPath, codec, compressors } = columnDecoder
  // read compressed_page_size bytes
  const compressedBytes = new Uint8Array(
    reader.view.buffer, reader.view.byteOffset + reader.offset, header.compressed_page_size
  )
  reader.offset += header.compressed_page_size

  // parse page data by type
  if (header.type === 'DATA_PAGE') {
    const daph = header.data_page_header
    if (!daph) throw new Error('parquet data page header is undefined')

    // skip unnecessary non-nested pages
    if (pageStart > daph.num_values && isFlatColumn(schemaPath)) {
      return { skipped: daph.num_values }
    }

    const page = decompressPage(compressedBytes, Number(header.uncompressed_page_size), codec, compressors)
    const { definitionLevels, repetitionLevels, dataPage } = readDataPage(page, daph, columnDecoder)
    // assert(!daph.statistics?.null_count || daph.statistics.null_count === BigInt(daph.num_values - dataPage.length))

    // convert types, dereference dictionary, and assemble lists
    const values = convertWithDictionary(dataPage, dictionary, daph.encoding, columnDecoder)
    const output = Array.isArray(previousChunk) ? previousChunk : []
    const assembled = assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath)
    return { skipped: 0, data: assembled }
  } else if (header.type === 'DATA_PAGE_V2') {
    const daph2 = header.data_page_header_v2
    if (!daph2) throw new Error('parquet data page header v2 is undefined')

    // skip unnecessary pages
    if (pageStart > daph2.num_rows) {
      return { skipped: daph2.num_rows }
    }

    const { definitionLevels, repetitionLevels, dataPage } =
      readDataPageV2(compressedBytes, header, columnDecoder)

    // convert types, dereference dictionary, and assemble lists
    const values = convertWithDictionary(dataPage, dictionary, daph2.encoding, columnDecoder)
    const output = Array.isArray(previousChunk) ? previousChunk : []
    const assembled = assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath)
    return { skipped: 0, data: assembled }
  } else if (header.type === 'DICTIONARY_PAGE') {
    const diph = header.dictionary_page_header
    if (!diph) throw new Error('parquet dictionary page header is undefined')

    const page = decompressPage(
      compressedBytes, Number(header.uncompressed_page_size), codec, compressors
    )

    const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }
    const dictArray = readPlain(reader, type, diph.num_values, element.type_length)
    return { skipped: 0, data: dictArray }
  } else {
    throw new Error(`parquet unsupported page type: ${header.type}`)
  }
}

/**
 * Read a page header from a buffer, leaving the reader at the start of the page data.
 *
 * @param {DataReader} reader
 * @returns {PageHeader}
 */
function parquetHeader(reader) {
  const header = deserializeTCompactProtocol(reader)

  // Parse parquet header from thrift data
  const type = PageTypes[header.field_1]
  const uncompressed_page_size = header.field_2
  const compressed_page_size = header.field_3
  const crc = header.field_4
  const data_page_header = header.field_5 && {
    num_values: header.field_5.field_1,
    encoding: Encodings[header.field_5.field_2],
    definition_level_encoding: Encodings[header.field_5.field_3],
    repetition_level_encoding: Encodings[header.field_5.field_4],
    statistics: pageStatistics(header.field_5.field_5),
  }
  const index_page_header = header.field_6
  const dictionary_page_header = header.field_7 && {
    num_values: header.field_7.field_1,
    encoding: Encodings[header.field_7.field_2],
    is_sorted: header.field_7.field_3,
  }
  const data_page_header_v2 = header.field_8 && {
    num_values: header.field_8.field_1,
    num_nulls: header.field_8.field_2,
    num_rows: header.field_8.field_3,
    encoding: Encodings[header.field_8.field_4],
    definition_levels_byte_length: header.field_8.field_5,
    repetition_levels_byte_length: header.field_8.field_6,
    is_compressed: header.field_8.field_7 === undefined ? true : header.field_8.field_7, // default true
    statistics: pageStatistics(header.field_8.field_8),
  }

  return {
    type,
    uncompressed_page_size,
    compressed_page_size,
    crc,
    data_page_header,
    index_page_header,
    dictionary_page_header,
    data_page_header_v2,
  }
}

/**
 * @param {any} stats thrift Statistics struct
 * @returns {Statistics | undefined}
 */
function pageStatistics(stats) {
  return stats && {
    max: stats.field_1,
    min: stats.field_2,
    null_count: stats.field_3,
    distinct_count: stats.field_4,
    max_value: stats.field_5,
    min_value: stats.field_6,
    is_max_value_exact: stats.field_7,
    is_min_value_exact: stats.field_8,
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/indexes.js
/**
 * @import {ColumnIndex, DataReader, OffsetIndex, PageLocation, ParquetParsers, SchemaElement} from '../src/types.js'
 */






/**
 * @param {DataReader} reader
 * @param {SchemaElement} schema
 * @param {Partial<ParquetParsers> | undefined} parsers
 * @returns {ColumnIndex}
 */
function readColumnIndex(reader, schema, parsers = undefined) {
  const allParsers = { ...DEFAULT_PARSERS, ...parsers }

  const thrift = deserializeTCompactProtocol(reader)
  return {
    null_pages: thrift.field_1,
    min_values: thrift.field_2.map((/** @type {any} */ m) => convertMetadata(m, schema, allParsers)),
    max_values: thrift.field_3.map((/** @type {any} */ m) => convertMetadata(m, schema, allParsers)),
    boundary_order: BoundaryOrders[thrift.field_4],
    null_counts: thrift.field_5,
    repetition_level_histograms: thrift.field_6,
    definition_level_histograms: thrift.field_7,
  }
}

/**
 * @param {DataReader} reader
 * @returns {OffsetIndex}
 */
function readOffsetIndex(reader) {
  const thrift = deserializeTCompactProtocol(reader)
  return {
    // @ts-ignore
    page_locations: thrift.field_1.map(loc => ({
      offset: loc.field_1,
      compressed_page_size: loc.field_2,
      first_row_index: loc.field_3,
    })),
    unencoded_byte_array_data_bytes: thrift.field_2,
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/rowgroup.js
/**
 * @import {AsyncColumn, AsyncRowGroup, ChunkPlan, ColumnDecoder, DecodedArray, GroupPlan, PageLocation, ParquetParsers, ParquetReadOptions, QueryPlan, SchemaTree} from '../src/types.js'
 */









/**
 * Read a row group from a file-like object.
 *
 * @param {ParquetReadOptions} options
 * @param {QueryPlan} plan
 * @param {GroupPlan} groupPlan
 * @returns {AsyncRowGroup} resolves to column data
 */
function readRowGroup(options, { metadata }, groupPlan) {
  /** @type {AsyncColumn[]} */
  const asyncColumns = []
  // build the schema tree once, not per column chunk
  const schemaTree = metadata_parquetSchema(metadata)

  // read column data
  for (const chunk of groupPlan.chunks) {
    const { path_in_schema: pathInSchema } = chunk.columnMetadata
    const schemaPath = getTreePath(schemaTree, pathInSchema)
    const columnDecoder = {
      pathInSchema,
      element: schemaPath[schemaPath.length - 1].element,
      schemaPath,
      ...options,
      ...chunk.columnMetadata,
      // merge after options, so a partial parsers object keeps the defaults
      parsers: { ...DEFAULT_PARSERS, ...options.parsers },
    }
    const { startByte, endByte } = chunk.range

    if ('pageLocations' in chunk) {
      // page locations already parsed from the offset index
      asyncColumns.push({
        pathInSchema,
        data: readSelectedPages(options, groupPlan, chunk, chunk.pageLocations, columnDecoder),
      })
    } else if ('offsetIndex' in chunk) {
      asyncColumns.push({
        pathInSchema,
        // fetch offset index
        data: Promise.resolve(options.file.slice(chunk.offsetIndex.startByte, chunk.offsetIndex.endByte))
          .then(arrayBuffer => {
            const pages = readOffsetIndex({ view: new DataView(arrayBuffer), offset: 0 }).page_locations
            return readSelectedPages(options, groupPlan, chunk, pages, columnDecoder)
          }),
      })
    } else {
      // full column chunk
      asyncColumns.push({
        pathInSchema,
        data: Promise.resolve(options.file.slice(startByte, endByte))
          .then(buffer => {
            const reader = { view: new DataView(buffer), offset: 0 }
            return column_readColumn(reader, groupPlan, columnDecoder, options.onPage)
          }),
      })
    }
  }

  return {
    groupStart: groupPlan.groupStart,
    groupRows: groupPlan.groupRows,
    selectStart: groupPlan.selectStart,
    selectEnd: groupPlan.selectEnd,
    asyncColumns,
  }
}

/**
 * Read only the pages of a column chunk that overlap the group plan's select
 * range [selectStart, selectEnd), using page locations from the offset index.
 *
 * @param {ParquetReadOptions} options
 * @param {GroupPlan} groupPlan
 * @param {ChunkPlan} chunk
 * @param {PageLocation[]} pages
 * @param {ColumnDecoder} columnDecoder
 * @returns {Promise<{data: DecodedArray[], skipped: number}>}
 */
async function readSelectedPages(options, groupPlan, chunk, pages, columnDecoder) {
  const { data_page_offset, dictionary_page_offset } = chunk.columnMetadata
  const { selectStart, selectEnd } = groupPlan
  let { startByte, endByte } = chunk.range
  let skipped = -1
  // include dictionary if present, handle polars missing dictionary_page_offset
  const hasDict = dictionary_page_offset || data_page_offset < pages[0].offset
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i]
    const pageStart = Number(page.first_row_index)
    const pageEnd = i + 1 < pages.length
      ? Number(pages[i + 1].first_row_index)
      : groupPlan.groupRows // last page extends to end of row group
    // check if page overlaps with [selectStart, selectEnd)
    if (skipped < 0 && pageEnd > selectStart) {
      startByte = Number(page.offset)
      skipped = pageStart
    }
    if (pageStart < selectEnd) {
      endByte = Number(page.offset) + page.compressed_page_size
    }
  }
  if (skipped < 0) skipped = 0
  /** @type {DataView} */
  let view
  if (hasDict && skipped) {
    // fetch the dictionary page separately from the selected data pages so
    // the skipped leading pages are not transferred
    const dictLength = Number(pages[0].offset) - chunk.range.startByte
    const [dictBuffer, dataBuffer] = await Promise.all([
      options.file.slice(chunk.range.startByte, Number(pages[0].offset)),
      options.file.slice(startByte, endByte),
    ])
    // clamp in case the AsyncBuffer returned more bytes than requested
    const combined = new Uint8Array(dictLength + dataBuffer.byteLength)
    combined.set(new Uint8Array(dictBuffer, 0, dictLength))
    combined.set(new Uint8Array(dataBuffer), dictLength)
    view = new DataView(combined.buffer)
  } else if (hasDict) {
    // dictionary page is contiguous with the first selected page
    view = new DataView(await options.file.slice(chunk.range.startByte, endByte))
  } else {
    view = new DataView(await options.file.slice(startByte, endByte))
  }
  const reader = { view, offset: 0 }
  // adjust row selection for skipped pages
  const adjustedGroupPlan = skipped ? {
    ...groupPlan,
    groupStart: groupPlan.groupStart + skipped,
    selectStart: groupPlan.selectStart - skipped,
    selectEnd: groupPlan.selectEnd - skipped,
  } : groupPlan
  const { data, skipped: columnSkipped } = column_readColumn(reader, adjustedGroupPlan, columnDecoder, options.onPage)
  return {
    data,
    skipped: skipped + columnSkipped,
  }
}

/**
 * @overload
 * @param {AsyncRowGroup} asyncGroup
 * @param {number} selectStart
 * @param {number} selectEnd
 * @param {string[] | undefined} columns
 * @param {'object'} rowFormat
 * @returns {Promise<Record<string, any>[]>} resolves to row data
 */
/**
 * @overload
 * @param {AsyncRowGroup} asyncGroup
 * @param {number} selectStart
 * @param {number} selectEnd
 * @param {string[] | undefined} columns
 * @param {'array'} [rowFormat]
 * @returns {Promise<any[][]>} resolves to row data
 */
/**
 * @param {AsyncRowGroup} asyncGroup
 * @param {number} selectStart
 * @param {number} selectEnd
 * @param {string[] | undefined} columns
 * @param {'object' | 'array'} [rowFormat]
 * @returns {Promise<Record<string, any>[] | any[][]>} resolves to row data
 */
async function asyncGroupToRows({ asyncColumns }, selectStart, selectEnd, columns, rowFormat) {
  // TODO: do it without flatten
  const asyncPages = await Promise.all(asyncColumns.map(column =>
    column.data.then(({ skipped, data }) => ({ skipped, data: utils_flatten(data) }))
  ))

  // transpose columns into rows
  const selectCount = selectEnd - selectStart
  if (rowFormat === 'object') {
    /** @type {Record<string, any>[]} */
    const groupData = Array(selectCount)
    for (let selectRow = 0; selectRow < selectCount; selectRow++) {
      // return each row as an object
      /** @type {Record<string, any>} */
      const rowData = {}
      for (let i = 0; i < asyncColumns.length; i++) {
        const { data, skipped } = asyncPages[i]
        rowData[asyncColumns[i].pathInSchema[0]] = data[selectStart + selectRow - skipped]
      }
      groupData[selectRow] = rowData
    }
    return groupData
  }

  // careful mapping of column order for rowFormat: array
  const includedColumnNames = asyncColumns
    .map(child => child.pathInSchema[0])
    .filter(name => !columns || columns.includes(name))
  const columnOrder = columns ?? includedColumnNames
  const columnIndexes = columnOrder.map(name => asyncColumns.findIndex(column => column.pathInSchema[0] === name))

  /** @type {any[][]} */
  const groupData = Array(selectCount)
  for (let selectRow = 0; selectRow < selectCount; selectRow++) {
    // return each row as an array
    const rowData = Array(asyncColumns.length)
    for (let i = 0; i < columnOrder.length; i++) {
      const colIdx = columnIndexes[i]
      if (colIdx < 0) throw new Error(`parquet column not found: ${columnOrder[i]}`)
      const { data, skipped } = asyncPages[colIdx]
      rowData[i] = data[selectStart + selectRow - skipped]
    }
    groupData[selectRow] = rowData
  }
  return groupData
}

/**
 * Assemble physical columns into top-level columns asynchronously.
 *
 * @param {AsyncRowGroup} asyncRowGroup
 * @param {SchemaTree} schemaTree
 * @param {Partial<ParquetParsers>} [parsers]
 * @returns {AsyncRowGroup}
 */
function rowgroup_assembleAsync(asyncRowGroup, schemaTree, parsers) {
  const { asyncColumns } = asyncRowGroup
  const allParsers = { ...DEFAULT_PARSERS, ...parsers }
  /** @type {AsyncColumn[]} */
  const assembled = []
  for (const child of schemaTree.children) {
    if (child.children.length) {
      const childColumns = asyncColumns.filter(column => column.pathInSchema[0] === child.element.name)
      if (!childColumns.length) continue

      assembled.push({
        pathInSchema: child.path,
        data: (async () => {
          // collect subcolumn data — Promise.all observes every rejection so
          // a sibling failure cannot leak as an unhandledRejection
          const resolved = await Promise.all(childColumns.map(c => c.data))
          /** @type {Map<string, DecodedArray>} */
          const subcolumnData = new Map()
          const flattened = resolved.map(({ data }) => utils_flatten(data))
          // Physical pages can cover far more rows than the requested range.
          // Clip before nested/VARIANT assembly, which expands compact binary
          // values into independent object graphs and strings for every row.
          const skipped = Math.max(asyncRowGroup.selectStart ?? 0, ...resolved.map(result => result.skipped))
          const end = Math.min(asyncRowGroup.selectEnd ?? Infinity, ...resolved.map((result, i) => result.skipped + flattened[i].length))
          for (let i = 0; i < childColumns.length; i++) {
            // Offset-index reads may start each physical child at a different
            // page boundary. Align them to their common absolute row range.
            const start = skipped - resolved[i].skipped
            const length = Math.max(0, end - skipped)
            subcolumnData.set(
              childColumns[i].pathInSchema.join('.'),
              flattened[i].slice(start, start + length)
            )
          }
          // assemble the column
          assembleNested(subcolumnData, child, allParsers)
          const assembled = subcolumnData.get(child.element.name)
          if (!assembled) throw new Error('parquet column data not assembled')
          return { data: [assembled], skipped }
        })(),
      })
    } else {
      // leaf node, return the column
      const asyncColumn = asyncColumns.find(column => column.pathInSchema[0] === child.element.name)
      if (asyncColumn) assembled.push(asyncColumn)
    }
  }
  return { ...asyncRowGroup, asyncColumns: assembled }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/plan.js






/**
 * @import {AsyncBuffer, BloomFilter, ByteRange, ChunkPlan, ColumnPageStats, FileMetaData, GroupPlan, PageLocation, PageRanges, ParquetParsers, ParquetQueryFilter, ParquetReadOptions, QueryPlan, RowGroup, SchemaElement, SchemaTree} from '../src/types.js'
 */

// Combine column chunks if less than 2mb
const runLimit = 1 << 21 // 2mb
// When reading selected columns, combine chunks separated by at most this many unrequested bytes.
// Arrow C++ before 18 and Polars write a copy of each column's metadata after its chunk, leaving small gaps.
// Same default as Arrow's CacheOptions hole_size_limit.
const columnGapLimit = 1 << 13 // 8kb

/**
 * Plan which byte ranges to read to satisfy a read request.
 * Metadata must be non-null.
 *
 * @param {ParquetReadOptions & { bloomFiltersByGroup?: Record<string, BloomFilter>[], schemaElements?: Record<string, SchemaElement>, pageRangesByGroup?: (PageRanges | undefined)[], pageLocationsByGroup?: Record<string, PageLocation[]>[] }} options
 * @returns {QueryPlan}
 */
function plan_parquetPlan(options) {
  const { metadata, rowStart = 0, columns, useOffsetIndex = false } = options
  if (!metadata) throw new Error('parquetPlan requires metadata')
  /** @type {GroupPlan[]} */
  const groups = []
  /** @type {ByteRange[]} */
  const fetches = []
  /** @type {ByteRange[]} */
  const indexes = []
  const scanPlan = plan_parquetPlanGroups(options)
  for (const group of scanPlan.groups) {
    const groupPlan = plan_parquetPlanGroup({ ...group, columns, useOffsetIndex })
    groups.push(...groupPlan.groups)
    fetches.push(...groupPlan.fetches)
    indexes.push(...groupPlan.indexes)
  }
  fetches.push(...indexes)

  return { metadata, rowStart, rowEnd: scanPlan.rowEnd, columns, fetches, groups }
}

/**
 * Select physical row-group ranges without planning column reads.
 *
 * @param {ParquetReadOptions & { bloomFiltersByGroup?: Record<string, BloomFilter>[], schemaElements?: Record<string, SchemaElement>, pageRangesByGroup?: (PageRanges | undefined)[], pageLocationsByGroup?: Record<string, PageLocation[]>[] }} options
 * @returns {{groups: {rowGroup: RowGroup, groupIndex: number, groupStart: number, groupRows: number, ranges: PageRanges, pageRanges?: PageRanges, pageLocations?: Record<string, PageLocation[]>}[], rowEnd: number}}
 */
function plan_parquetPlanGroups({ metadata, rowStart = 0, rowEnd = Infinity, columns, filter, filterStrict = true, bloomFiltersByGroup, schemaElements, pageRangesByGroup, pageLocationsByGroup }) {
  if (!metadata) throw new Error('parquetPlan requires metadata')
  const schemaTree = metadata_parquetSchema(metadata)
  const physicalColumns = getPhysicalColumns(schemaTree)
  const elementsByPath = filter ? {
    ...physicalSchemaElements(schemaTree),
    ...schemaElements,
  } : schemaElements
  const groups = []
  let groupStart = 0
  for (let groupIndex = 0; groupIndex < metadata.row_groups.length; groupIndex++) {
    const rowGroup = metadata.row_groups[groupIndex]
    const groupRows = Number(rowGroup.num_rows)
    const groupEnd = groupStart + groupRows
    if (groupRows > 0 && groupEnd > rowStart && groupStart < rowEnd && !canSkipRowGroup({
      rowGroup,
      physicalColumns,
      filter,
      strict: filterStrict,
      bloomFilters: bloomFiltersByGroup?.[groupIndex],
      schemaElements: elementsByPath,
    })) {
      const selectStart = Math.max(rowStart - groupStart, 0)
      const selectEnd = Math.min(rowEnd - groupStart, groupRows)
      const pageRanges = pageRangesByGroup?.[groupIndex]
      const pageLocations = pageLocationsByGroup?.[groupIndex]
      /** @type {PageRanges} */
      let ranges = pageRanges
        ? pageRanges
          .map(([start, end]) => {
            /** @type {[number, number]} */
            const range = [Math.max(start, selectStart), Math.min(end, selectEnd)]
            return range
          })
          .filter(([start, end]) => start < end)
        : [[selectStart, selectEnd]]

      if (ranges.length > 1) {
        const canSplit = rowGroup.columns.every(chunk => {
          const columnName = chunk.meta_data?.path_in_schema[0]
          const columnPath = chunk.meta_data?.path_in_schema.join('.')
          if (columns && columnName && !columns.includes(columnName)) return true
          return !!(chunk.offset_index_offset && chunk.offset_index_length) || !!(columnPath && pageLocations?.[columnPath])
        })
        ranges = canSplit
          ? coalesceOverlappingPageRanges(ranges, rowGroup, columns, pageLocations)
          : [[ranges[0][0], ranges[ranges.length - 1][1]]]
      }
      if (ranges.length) {
        groups.push({ rowGroup, groupIndex, groupStart, groupRows, ranges, pageRanges, pageLocations })
      }
    }
    groupStart = groupEnd
  }
  return { groups, rowEnd: isFinite(rowEnd) ? rowEnd : groupStart }
}

/**
 * Build byte plans for retained ranges in one row group.
 *
 * @param {object} options
 * @param {RowGroup} options.rowGroup
 * @param {number} options.groupStart
 * @param {number} options.groupRows
 * @param {PageRanges} options.ranges
 * @param {string[]} [options.columns]
 * @param {boolean} [options.useOffsetIndex]
 * @param {PageRanges} [options.pageRanges]
 * @param {Record<string, PageLocation[]>} [options.pageLocations]
 * @returns {{groups: GroupPlan[], fetches: ByteRange[], indexes: ByteRange[]}}
 */
function plan_parquetPlanGroup({ rowGroup, groupStart, groupRows, ranges, columns, useOffsetIndex = false, pageRanges, pageLocations }) {
  /** @type {ChunkPlan[]} */
  const chunks = []
  /** @type {ByteRange[]} */
  const fetches = []
  /** @type {ByteRange[]} */
  const indexes = []
  const narrowed = ranges.length > 1 || ranges[0][0] > 0 || ranges[0][1] < groupRows
  for (const chunk of rowGroup.columns) {
    const meta = chunk.meta_data
    if (chunk.file_path) throw new Error('parquet file_path not supported')
    if (!meta) throw new Error('parquet column metadata is undefined')
    if (columns && !columns.includes(meta.path_in_schema[0])) continue
    const columnOffset = meta.dictionary_page_offset || meta.data_page_offset
    const startByte = Number(columnOffset)
    const endByte = Number(columnOffset + meta.total_compressed_size)
    const chunkPageLocations = pageLocations?.[meta.path_in_schema.join('.')]

    if (chunkPageLocations && narrowed) {
      chunks.push({ columnMetadata: meta, pageLocations: chunkPageLocations, range: { startByte, endByte } })
    } else if ((useOffsetIndex || pageRanges) && chunk.offset_index_offset && chunk.offset_index_length && narrowed) {
      const startByte = Number(chunk.offset_index_offset)
      chunks.push({
        columnMetadata: meta,
        offsetIndex: { startByte, endByte: startByte + chunk.offset_index_length },
        range: { startByte: Number(columnOffset), endByte },
      })
    } else {
      chunks.push({ columnMetadata: meta, range: { startByte, endByte } })
    }
  }

  /** @type {ByteRange[]} */
  const columnRanges = []
  /** @type {ByteRange | undefined} */
  let run
  for (const chunk of chunks) {
    if ('pageLocations' in chunk) continue
    if ('offsetIndex' in chunk) {
      indexes.push(chunk.offsetIndex)
    } else if (columns) {
      columnRanges.push(chunk.range)
    } else if (run && chunk.range.endByte - run.startByte <= runLimit) {
      run.endByte = chunk.range.endByte
    } else {
      if (run) fetches.push(run)
      run = { ...chunk.range }
    }
  }
  if (run) fetches.push(run)
  // selected chunks are combined in file order, skipping only small gaps
  fetches.push(...coalesceByteRanges(columnRanges, columnGapLimit, runLimit))
  const groups = ranges.map(([selectStart, selectEnd]) => ({
    chunks,
    rowGroup,
    groupStart,
    groupRows,
    selectStart,
    selectEnd,
  }))
  return { groups, fetches, indexes }
}

/**
 * Merge candidate ranges when any selected column would read an overlapping
 * data page for both ranges. Unknown page layouts are merged conservatively.
 *
 * @param {PageRanges} ranges
 * @param {RowGroup} rowGroup
 * @param {string[] | undefined} columns
 * @param {Record<string, PageLocation[]> | undefined} pageLocations
 * @returns {PageRanges}
 */
function coalesceOverlappingPageRanges(ranges, rowGroup, columns, pageLocations) {
  const selectedPageLayouts = rowGroup.columns
    .filter(chunk => !columns || columns.includes(chunk.meta_data?.path_in_schema[0] || ''))
    .map(chunk => pageLocations?.[chunk.meta_data?.path_in_schema.join('.') || ''])

  /** @type {PageRanges} */
  const merged = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    const overlapsPage = last && selectedPageLayouts.some(pages => {
      if (!pages) return true
      const lastPages = pagesForRange(last, pages, Number(rowGroup.num_rows))
      const rangePages = pagesForRange(range, pages, Number(rowGroup.num_rows))
      return lastPages[0] <= rangePages[1] && rangePages[0] <= lastPages[1]
    })
    if (last && overlapsPage) last[1] = range[1]
    else merged.push([...range])
  }
  return merged
}

/**
 * Return the inclusive indexes of the first and last pages overlapping a row
 * range. Offset indexes cover every row, so a valid range always finds a page.
 *
 * @param {[number, number]} range
 * @param {PageLocation[]} pages
 * @param {number} groupRows
 * @returns {[number, number]}
 */
function pagesForRange([rangeStart, rangeEnd], pages, groupRows) {
  let first = Infinity
  let last = -Infinity
  for (let i = 0; i < pages.length; i++) {
    const pageStart = Number(pages[i].first_row_index)
    const pageEnd = i + 1 < pages.length ? Number(pages[i + 1].first_row_index) : groupRows
    if (pageEnd > rangeStart && pageStart < rangeEnd) {
      first = Math.min(first, i)
      last = i
    }
  }
  return [first, last]
}

/**
 * Fetch bloom filters for $eq / $in columns of row groups not already provably
 * skippable by statistics alone. Returns an array indexed by row-group ordinal;
 * each entry maps top-level column name → BloomFilter for any chunk whose
 * bloom filter we were able to parse. Adds one round-trip when at least one
 * bloom filter is fetched; otherwise returns synchronously.
 *
 * @param {object} options
 * @param {AsyncBuffer} options.file
 * @param {FileMetaData} options.metadata
 * @param {ParquetQueryFilter} options.filter
 * @param {boolean} [options.filterStrict]
 * @returns {Promise<Record<string, BloomFilter>[]>}
 */
async function prefetchBloomFilters({ file, metadata, filter, filterStrict = true }) {
  const result = metadata.row_groups.map(() => /** @type {Record<string, BloomFilter>} */ ({}))
  const eligibleCols = bloomEligibleColumns(filter)
  if (eligibleCols.size === 0) return result
  const physicalColumns = getPhysicalColumns(metadata_parquetSchema(metadata))

  /** @type {Promise<void>[]} */
  const tasks = []
  metadata.row_groups.forEach((rowGroup, rgIdx) => {
    if (canSkipRowGroup({ rowGroup, physicalColumns, filter, strict: filterStrict })) return
    for (const colName of eligibleCols) {
      const columnIdx = physicalColumns.indexOf(colName)
      if (columnIdx === -1) continue
      const meta = rowGroup.columns[columnIdx]?.meta_data
      if (!meta?.bloom_filter_offset || !meta.bloom_filter_length) continue
      const start = Number(meta.bloom_filter_offset)
      const end = start + meta.bloom_filter_length
      tasks.push((async () => {
        const buffer = await file.slice(start, end)
        const bloom = readBloomFilter({ view: new DataView(buffer), offset: 0 })
        if (bloom) result[rgIdx][colName] = bloom
      })())
    }
  })

  if (tasks.length) await Promise.all(tasks)
  return result
}

/**
 * Fetch page indexes (column index + offset index) for filter columns of row
 * groups that survive row-group-level pruning, and compute candidate row
 * ranges per group from the per-page min/max statistics.
 *
 * Returns pageRangesByGroup indexed by row-group ordinal: sorted disjoint
 * [start, end) row ranges (relative to the group) that could match the filter.
 * An empty array means the group provably contains no matching rows; undefined
 * means no page-level information was available for that group.
 * Also returns pageLocationsByGroup, mapping row-group ordinals and physical
 * leaf paths to page locations, so the read path can reuse the parsed offset
 * indexes without refetching them.
 *
 * @param {object} options
 * @param {AsyncBuffer} options.file
 * @param {FileMetaData} options.metadata
 * @param {ParquetQueryFilter} [options.filter]
 * @param {boolean} [options.filterStrict]
 * @param {number} [options.rowStart]
 * @param {number} [options.rowEnd]
 * @param {string[]} [options.columns]
 * @param {Record<string, BloomFilter>[]} [options.bloomFiltersByGroup]
 * @param {Record<string, SchemaElement>} [options.schemaElements]
 * @param {Partial<ParquetParsers>} [options.parsers]
 * @returns {Promise<{pageRangesByGroup: (PageRanges | undefined)[], pageLocationsByGroup: Record<string, PageLocation[]>[]}>}
 */
async function prefetchPageIndexes({ file, metadata, filter, filterStrict = true, rowStart = 0, rowEnd = Infinity, columns, bloomFiltersByGroup, schemaElements, parsers }) {
  /** @type {(PageRanges | undefined)[]} */
  const pageRangesByGroup = metadata.row_groups.map(() => undefined)
  const pageLocationsByGroup = metadata.row_groups.map(() => /** @type {Record<string, PageLocation[]>} */ ({}))
  if (filter && '$nor' in filter && Array.isArray(filter.$nor)) {
    return { pageRangesByGroup, pageLocationsByGroup }
  }
  const filterColumns = pathsNeededForFilter(filter)
  if (!filterColumns.length) return { pageRangesByGroup, pageLocationsByGroup }
  const schemaTree = metadata_parquetSchema(metadata)
  const physicalColumns = getPhysicalColumns(schemaTree)
  const elementsByPath = {
    ...physicalSchemaElements(schemaTree),
    ...schemaElements,
  }

  /** @type {ByteRange[]} */
  const indexRanges = []
  /** @type {((file: AsyncBuffer) => Promise<void>)[]} */
  const indexTasks = []
  /** @type {{rgIdx: number, groupRows: number, columnPages: Record<string, ColumnPageStats>}[]} */
  const candidateGroups = []
  let groupStart = 0
  metadata.row_groups.forEach((rowGroup, rgIdx) => {
    const groupRows = Number(rowGroup.num_rows)
    const groupEnd = groupStart + groupRows
    const overlaps = groupRows > 0 && groupEnd > rowStart && groupStart < rowEnd
    groupStart = groupEnd
    if (!overlaps) return
    if (canSkipRowGroup({ rowGroup, physicalColumns, filter, strict: filterStrict, bloomFilters: bloomFiltersByGroup?.[rgIdx], schemaElements: elementsByPath })) return

    /** @type {Record<string, ColumnPageStats>} */
    const columnPages = {}
    let columnTaskCount = 0
    const scheduledOffsetPaths = new Set()
    let hasFilterIndex = false
    for (const columnName of filterColumns) {
      const columnIdx = physicalColumns.indexOf(columnName)
      if (columnIdx === -1) continue
      const chunk = rowGroup.columns[columnIdx]
      const meta = chunk?.meta_data
      if (!meta) continue
      if (!chunk.column_index_offset || !chunk.column_index_length) continue
      if (!chunk.offset_index_offset || !chunk.offset_index_length) continue
      const element = elementsByPath[columnName]
      if (!element) continue
      hasFilterIndex = true
      scheduledOffsetPaths.add(columnName)
      const columnIndexStart = Number(chunk.column_index_offset)
      const offsetIndexStart = Number(chunk.offset_index_offset)
      const columnIndexEnd = columnIndexStart + chunk.column_index_length
      const offsetIndexEnd = offsetIndexStart + chunk.offset_index_length
      indexRanges.push(
        { startByte: columnIndexStart, endByte: columnIndexEnd },
        { startByte: offsetIndexStart, endByte: offsetIndexEnd }
      )
      columnTaskCount++
      indexTasks.push(async prefetchedFile => {
        const [columnIndexBuffer, offsetIndexBuffer] = await Promise.all([
          prefetchedFile.slice(columnIndexStart, columnIndexEnd),
          prefetchedFile.slice(offsetIndexStart, offsetIndexEnd),
        ])
        const columnIndex = readColumnIndex({ view: new DataView(columnIndexBuffer), offset: 0 }, element, parsers)
        const offsetIndex = readOffsetIndex({ view: new DataView(offsetIndexBuffer), offset: 0 })
        pageLocationsByGroup[rgIdx][columnName] = offsetIndex.page_locations
        columnPages[columnName] = {
          minValues: columnIndex.min_values,
          maxValues: columnIndex.max_values,
          nullPages: columnIndex.null_pages,
          nullCounts: columnIndex.null_counts,
          pageStarts: offsetIndex.page_locations.map(page => Number(page.first_row_index)),
          element,
        }
      })
    }
    // Candidate ranges are shared by every selected column. Load their offset
    // indexes too so the planner can merge ranges that map to the same coarse
    // page instead of fetching and decoding that page more than once.
    if (hasFilterIndex) {
      for (const chunk of rowGroup.columns) {
        const meta = chunk.meta_data
        if (!meta) continue
        const columnName = meta.path_in_schema[0]
        const columnPath = meta.path_in_schema.join('.')
        if (columns && !columns.includes(columnName)) continue
        if (scheduledOffsetPaths.has(columnPath)) continue
        if (!chunk.offset_index_offset || !chunk.offset_index_length) continue
        scheduledOffsetPaths.add(columnPath)
        const offsetIndexStart = Number(chunk.offset_index_offset)
        const offsetIndexEnd = offsetIndexStart + chunk.offset_index_length
        indexRanges.push({ startByte: offsetIndexStart, endByte: offsetIndexEnd })
        columnTaskCount++
        indexTasks.push(async prefetchedFile => {
          const offsetIndexBuffer = await prefetchedFile.slice(offsetIndexStart, offsetIndexEnd)
          const offsetIndex = readOffsetIndex({ view: new DataView(offsetIndexBuffer), offset: 0 })
          pageLocationsByGroup[rgIdx][columnPath] = offsetIndex.page_locations
        })
      }
    }
    if (columnTaskCount) {
      candidateGroups.push({ rgIdx, groupRows, columnPages })
    }
  })

  if (indexTasks.length) {
    const prefetchedFile = prefetchAsyncBuffer(file, { fetches: coalesceByteRanges(indexRanges) })
    await Promise.all(indexTasks.map(task => task(prefetchedFile)))
    for (const { rgIdx, groupRows, columnPages } of candidateGroups) {
      pageRangesByGroup[rgIdx] = filterPageRanges(filter, columnPages, groupRows, filterStrict)
    }
  }
  return { pageRangesByGroup, pageLocationsByGroup }
}

/**
 * Merge overlapping or touching byte ranges. By default no bytes are added;
 * pass maxGap to also merge ranges separated by up to maxGap unrequested bytes,
 * as long as the merged range stays within maxSize.
 *
 * @param {ByteRange[]} ranges
 * @param {number} [maxGap]
 * @param {number} [maxSize]
 * @returns {ByteRange[]}
 */
function coalesceByteRanges(ranges, maxGap = 0, maxSize = Infinity) {
  const sorted = ranges
    .map(range => ({ ...range }))
    .sort((a, b) => a.startByte - b.startByte || a.endByte - b.endByte)
  /** @type {ByteRange[]} */
  const merged = []
  for (const range of sorted) {
    const last = merged[merged.length - 1]
    if (last && range.startByte <= last.endByte + maxGap && Math.max(last.endByte, range.endByte) - last.startByte <= maxSize) {
      last.endByte = Math.max(last.endByte, range.endByte)
    } else {
      merged.push(range)
    }
  }
  return merged
}

/**
 * Build a lookup from physical paths to leaf schema elements.
 *
 * @param {SchemaTree} schemaTree
 * @returns {Record<string, SchemaElement>}
 */
function physicalSchemaElements(schemaTree) {
  /** @type {Record<string, SchemaElement>} */
  const elements = {}
  /** @param {SchemaTree} node */
  function traverse(node) {
    if (node.children.length) {
      for (const child of node.children) traverse(child)
    } else {
      elements[node.path.join('.')] = node.element
    }
  }
  traverse(schemaTree)
  return elements
}

/**
 * Prefetch byte ranges from an AsyncBuffer.
 *
 * @param {AsyncBuffer} file
 * @param {{fetches: ByteRange[]}} options
 * @returns {AsyncBuffer}
 */
function prefetchAsyncBuffer(file, { fetches }) {
  // fetch byte ranges from the file
  const promises = fetches.map(({ startByte, endByte }) => file.slice(startByte, endByte))
  return {
    byteLength: file.byteLength,
    slice(start, end = file.byteLength) {
      // find matching slice
      const index = fetches.findIndex(({ startByte, endByte }) => startByte <= start && end <= endByte)
      if (index < 0) {
        // fallback to direct read
        return file.slice(start, end)
      }
      if (fetches[index].startByte !== start || fetches[index].endByte !== end) {
        // slice a subrange of the prefetch
        const startOffset = start - fetches[index].startByte
        const endOffset = end - fetches[index].startByte
        if (promises[index] instanceof Promise) {
          return promises[index].then(buffer => buffer.slice(startOffset, endOffset))
        } else {
          return promises[index].slice(startOffset, endOffset)
        }
      } else {
        return promises[index]
      }
    },
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/scan.js
/**
 * @import {AsyncRowGroup, BaseParquetReadOptions, BloomFilter, DecodedArray, PageLocation, PageRanges, ParquetScan, ParquetScanOptions, QueryPlan, SchemaElement} from '../src/types.js'
 */

/**
 * @typedef {BaseParquetReadOptions & {
 *   bloomFiltersByGroup?: Record<string, BloomFilter>[],
 *   schemaElements?: Record<string, SchemaElement>,
 *   pageRangesByGroup?: (PageRanges | undefined)[],
 *   pageLocationsByGroup?: Record<string, PageLocation[]>[],
 * }} PreparedParquetReadOptions
 */







/**
 * Prepare a lazy column-oriented scan of a parquet file.
 *
 * The returned ranges are physical, zero-based row ranges in the file. A
 * `pruningFilter` may narrow them using row-group statistics, bloom filters,
 * and page indexes, but does not filter individual values returned by
 * `readColumn`. This makes the scan suitable for query engines that maintain
 * their own row selections while retaining parquet-level I/O pushdown.
 *
 * `columns`, when supplied, limits the columns available to `readColumn`.
 * Columns referenced by `pruningFilter` are included automatically.
 *
 * @param {ParquetScanOptions} options
 * @returns {Promise<ParquetScan>}
 */
async function parquetScan(options) {
  options.metadata ??= await parquetMetadataAsync(options.file, options)
  const { pruningFilter, ...readOptions } = options
  let { columns } = readOptions
  if (columns && pruningFilter) {
    const selectedColumns = new Set(columns)
    const extraColumns = columnsNeededForFilter(pruningFilter)
      .filter(column => !selectedColumns.has(column))
    if (extraColumns.length) columns = [...columns, ...extraColumns]
  }
  const preparedOptions = await prepareParquetOptions({
    ...readOptions,
    columns,
    filter: pruningFilter,
    useOffsetIndex: readOptions.useOffsetIndex ?? true,
  })
  const { metadata } = preparedOptions
  if (!metadata) throw new Error('parquet requires metadata')

  const schemaTree = parquetSchema(metadata)
  const availableColumns = new Set(columns ?? schemaTree.children.map(child => child.element.name))
  const plan = parquetPlanGroups(preparedOptions)
  const candidates = plan.groups.flatMap(group => group.ranges.map(([selectStart, selectEnd]) => ({
    rowStart: group.groupStart + selectStart,
    rowEnd: group.groupStart + selectEnd,
    group,
  })))
  const ranges = candidates.map(({ rowStart, rowEnd }) => ({ rowStart, rowEnd }))
  /** @type {Map<string, {rowStart: number, rowEnd: number, data: Promise<DecodedArray>}>} */
  const cache = new Map()

  /**
   * @param {import('../src/types.js').ParquetScanColumnOptions} columnOptions
   * @returns {Promise<DecodedArray>}
   */
  function readColumn({ column, rowStart, rowEnd }) {
    if (!availableColumns.has(column)) {
      throw new Error(`parquet column not found in scan: ${column}`)
    }
    validateRange(rowStart, rowEnd)
    if (rowStart === rowEnd) return Promise.resolve([])
    const candidateIndex = findCandidate(candidates, rowStart, rowEnd)
    if (candidateIndex < 0) {
      throw new RangeError(`parquet row range [${rowStart}, ${rowEnd}) is outside scan ranges`)
    }
    const { group } = candidates[candidateIndex]

    const cached = cache.get(column)
    if (cached && rowStart >= cached.rowStart && rowEnd <= cached.rowEnd) {
      return cached.data.then(data => sliceDecodedArray(
        data,
        rowStart - cached.rowStart,
        rowEnd - cached.rowStart
      ))
    }

    const data = readColumnRange({
      options: preparedOptions,
      schemaTree,
      group,
      column,
      rowStart,
      rowEnd,
    })
    cache.set(column, { rowStart, rowEnd, data })
    return data
  }

  return {
    metadata,
    ranges,
    readColumn,
  }
}

/**
 * Load optional indexes and build the canonical physical read plan.
 * Shared by row-oriented reads and lazy scans so pruning behavior cannot
 * diverge between APIs.
 *
 * @param {BaseParquetReadOptions} options
 * @returns {Promise<{options: PreparedParquetReadOptions, plan: QueryPlan}>}
 */
async function scan_prepareParquetRead(options) {
  const prepared = await prepareParquetOptions(options)
  return {
    options: prepared,
    plan: plan_parquetPlan(prepared),
  }
}

/**
 * Load optional indexes and validate read options without planning data reads.
 *
 * @param {BaseParquetReadOptions} options
 * @returns {Promise<PreparedParquetReadOptions>}
 */
async function prepareParquetOptions(options) {
  const metadata = options.metadata ?? await metadata_parquetMetadataAsync(options.file, options)
  const schemaColumns = metadata_parquetSchema(metadata).children.map(child => child.element.name)
  const filterColumns = filter_columnsNeededForFilter(options.filter)
  const missingFilterColumns = filterColumns.filter(column => !schemaColumns.includes(column))
  if (missingFilterColumns.length) {
    throw new Error(`parquet filter columns not found: ${missingFilterColumns.join(', ')}`)
  }

  if (options.columns) {
    const missingColumns = options.columns.filter(column => !schemaColumns.includes(column))
    if (missingColumns.length) throw new Error(`parquet column not found: ${missingColumns[0]}`)
  }

  /** @type {PreparedParquetReadOptions} */
  let prepared = { ...options, metadata }
  prepared = await withBloomFilters(prepared)
  prepared = await withPageIndexes(prepared)
  return prepared
}

/**
 * Read all planned row groups, prefetching their coalesced byte ranges.
 *
 * @param {BaseParquetReadOptions} options
 * @param {QueryPlan} plan
 * @returns {AsyncRowGroup[]}
 */
function scan_readParquetPlan(options, plan) {
  const readOptions = { ...options, file: prefetchAsyncBuffer(options.file, plan) }
  return plan.groups.map(group => readRowGroup(readOptions, plan, group))
}

/**
 * @param {object} input
 * @param {PreparedParquetReadOptions} input.options
 * @param {import('../src/types.js').SchemaTree} input.schemaTree
 * @param {ReturnType<typeof parquetPlanGroups>['groups'][number]} input.group
 * @param {string} input.column
 * @param {number} input.rowStart
 * @param {number} input.rowEnd
 * @returns {Promise<DecodedArray>}
 */
async function readColumnRange({ options, schemaTree, group, column, rowStart, rowEnd }) {
  const columnOptions = {
    ...options,
    columns: [column],
    filter: undefined,
    rowStart,
    rowEnd,
    useBloomFilters: false,
    useOffsetIndex: options.useOffsetIndex ?? true,
    usePageIndex: false,
    pageRangesByGroup: undefined,
  }
  const columnPlan = planCandidateColumn({ options, group, column, rowStart, rowEnd })
  const [asyncGroup] = scan_readParquetPlan(columnOptions, columnPlan)
  if (!asyncGroup) throw new Error('parquet scan range not planned')
  const assembled = assembleAsync(asyncGroup, schemaTree, options.parsers)
  const asyncColumn = assembled.asyncColumns.find(child => child.pathInSchema[0] === column)
  if (!asyncColumn) throw new Error(`parquet column not found: ${column}`)
  const result = await asyncColumn.data
  const data = flatten(result.data)
  const selectStart = assembled.selectStart ?? rowStart - assembled.groupStart
  const selectEnd = assembled.selectEnd ?? rowEnd - assembled.groupStart
  return sliceDecodedArray(data, selectStart - result.skipped, selectEnd - result.skipped)
}

/**
 * Build a one-column plan from a retained candidate without scanning the
 * file's row groups again.
 *
 * @param {object} input
 * @param {PreparedParquetReadOptions} input.options
 * @param {ReturnType<typeof parquetPlanGroups>['groups'][number]} input.group
 * @param {string} input.column
 * @param {number} input.rowStart
 * @param {number} input.rowEnd
 * @returns {QueryPlan}
 */
function planCandidateColumn({ options, group, column, rowStart, rowEnd }) {
  if (!options.metadata) throw new Error('parquet requires metadata')
  const localPlan = parquetPlanGroup({
    rowGroup: group.rowGroup,
    groupStart: group.groupStart,
    groupRows: group.groupRows,
    ranges: [[rowStart - group.groupStart, rowEnd - group.groupStart]],
    columns: [column],
    useOffsetIndex: options.useOffsetIndex ?? true,
    pageLocations: group.pageLocations,
  })
  const [localGroupPlan] = localPlan.groups
  if (!localGroupPlan) throw new Error(`parquet column not found: ${column}`)
  return {
    metadata: options.metadata,
    rowStart,
    rowEnd,
    columns: [column],
    fetches: [...localPlan.fetches, ...localPlan.indexes],
    groups: [localGroupPlan],
  }
}

/**
 * Find the one candidate that fully contains a requested non-empty range.
 * Candidates are sorted and disjoint, so lookup is logarithmic.
 *
 * @param {{rowStart: number, rowEnd: number}[]} candidates
 * @param {number} rowStart
 * @param {number} rowEnd
 * @returns {number}
 */
function findCandidate(candidates, rowStart, rowEnd) {
  let low = 0
  let high = candidates.length - 1
  while (low <= high) {
    const middle = Math.floor((low + high) / 2)
    const candidate = candidates[middle]
    if (rowStart < candidate.rowStart) {
      high = middle - 1
    } else if (rowStart >= candidate.rowEnd) {
      low = middle + 1
    } else {
      return rowEnd <= candidate.rowEnd ? middle : -1
    }
  }
  return -1
}

/**
 * @param {number} rowStart
 * @param {number} rowEnd
 */
function validateRange(rowStart, rowEnd) {
  if (!Number.isSafeInteger(rowStart) || rowStart < 0) {
    throw new RangeError('parquet rowStart must be a non-negative safe integer')
  }
  if (!Number.isSafeInteger(rowEnd) || rowEnd < rowStart) {
    throw new RangeError('parquet rowEnd must be a safe integer greater than or equal to rowStart')
  }
}

/**
 * Return an exact view over decoded values. Typed arrays retain a zero-copy
 * subarray while ordinary arrays use their native slice.
 *
 * @param {DecodedArray} data
 * @param {number} start
 * @param {number} end
 * @returns {DecodedArray}
 */
function sliceDecodedArray(data, start, end) {
  if (start === 0 && end === data.length) return data
  return Array.isArray(data) ? data.slice(start, end) : data.subarray(start, end)
}

/**
 * Conditionally fetch bloom filters and attach them to planner options.
 *
 * @param {PreparedParquetReadOptions} options
 * @returns {Promise<PreparedParquetReadOptions>}
 */
async function withBloomFilters(options) {
  if (!options.useBloomFilters || !options.filter || !options.metadata) return options
  const schemaTree = metadata_parquetSchema(options.metadata)
  /** @type {Record<string, SchemaElement>} */
  const schemaElements = {}
  for (const child of schemaTree.children) schemaElements[child.element.name] = child.element
  const bloomFiltersByGroup = await prefetchBloomFilters({
    file: options.file,
    metadata: options.metadata,
    filter: options.filter,
    filterStrict: options.filterStrict,
  })
  return { ...options, bloomFiltersByGroup, schemaElements }
}

/**
 * Conditionally fetch page indexes and attach candidate ranges and layouts.
 *
 * @param {PreparedParquetReadOptions} options
 * @returns {Promise<PreparedParquetReadOptions>}
 */
async function withPageIndexes(options) {
  if (!options.usePageIndex || !options.filter || !options.metadata) return options
  const { pageRangesByGroup, pageLocationsByGroup } = await prefetchPageIndexes({
    file: options.file,
    metadata: options.metadata,
    filter: options.filter,
    filterStrict: options.filterStrict,
    rowStart: options.rowStart,
    rowEnd: options.rowEnd,
    columns: options.columns,
    bloomFiltersByGroup: options.bloomFiltersByGroup,
    schemaElements: options.schemaElements,
    parsers: options.parsers,
  })
  return { ...options, pageRangesByGroup, pageLocationsByGroup }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/read.js
/**
 * @import {AsyncRowGroup, BaseParquetReadOptions, DecodedArray, ParquetReadOptions, ParquetRow} from '../src/types.js'
 */








/**
 * Symbol for the absolute, zero-based physical position of an object row.
 * @type {typeof import('../src/types.js').rowIndex}
 */
// eslint-disable-next-line no-extra-parens
const rowIndex = /** @type {typeof import('../src/types.js').rowIndex} */ (Symbol('rowIndex'))

/**
 * Read parquet data rows from a file-like object.
 * Reads the minimal number of row groups and columns to satisfy the request.
 *
 * Returns a void promise when complete.
 * Errors are thrown on the returned promise.
 * Data is returned in callbacks onComplete, onChunk, onPage, NOT the return promise.
 * See parquetReadObjects for a more convenient API.
 *
 * @param {ParquetReadOptions} options read options
 * @returns {Promise<void>} resolves when all requested rows and columns are parsed, all errors are thrown here
 */
async function parquetRead(options) {
  // load metadata if not provided
  options.metadata ??= await metadata_parquetMetadataAsync(options.file, options)

  const { rowStart = 0, rowEnd, columns, onChunk, onComplete, rowFormat, filter, filterStrict = true } = options

  // Filter requires object format to match column names
  if (filter && rowFormat !== 'object') {
    throw new Error('parquet filter requires rowFormat: "object"')
  }

  if (options.includeRowIndex && rowFormat !== 'object') {
    throw new Error('parquet includeRowIndex requires rowFormat: "object"')
  }

  const filterColumns = filter_columnsNeededForFilter(filter)
  let readColumns = columns
  if (columns && filterColumns.length) {
    const selectedColumns = new Set(columns)
    const extraColumns = filterColumns.filter(column => !selectedColumns.has(column))
    if (extraColumns.length) readColumns = [...columns, ...extraColumns]
  }
  const readOptions = readColumns === columns ? options : { ...options, columns: readColumns }
  const prepared = await scan_prepareParquetRead(readOptions)
  const preparedOptions = prepared.options
  const requiresProjection = readColumns !== columns
  const asyncGroups = scan_readParquetPlan(preparedOptions, prepared.plan)

  // skip assembly if no onComplete or onChunk, but wait for reading to finish
  if (!onComplete && !onChunk) {
    await awaitAllColumns(asyncGroups)
    return
  }

  // assemble struct columns
  if (!preparedOptions.metadata) throw new Error('parquet requires metadata')
  const schemaTree = metadata_parquetSchema(preparedOptions.metadata)
  const assembled = asyncGroups.map(arg => rowgroup_assembleAsync(arg, schemaTree, options.parsers))

  // onChunk emit all chunks (don't await). Rejection is surfaced by awaitAllColumns below.
  if (onChunk) {
    for (const asyncGroup of assembled) {
      for (const asyncColumn of asyncGroup.asyncColumns) {
        asyncColumn.data.then(({ data, skipped }) => {
          let rowStart = asyncGroup.groupStart + skipped
          for (const columnData of data) {
            onChunk({
              columnName: asyncColumn.pathInSchema[0],
              columnData,
              rowStart,
              rowEnd: rowStart + columnData.length,
            })
            rowStart += columnData.length
          }
        }, () => {})
      }
    }
  }

  // onComplete transpose column chunks to rows
  if (onComplete) {
    // wait for all reads to settle so a sibling rejection cannot leak
    await awaitAllColumns(assembled)
    // loosen the types to avoid duplicate code
    /** @type {any[]} */
    const rows = []
    for (const asyncGroup of assembled) {
      // filter to rows in range (the plan may have narrowed the selection to
      // a sub-range of the group via page index pushdown)
      const selectStart = asyncGroup.selectStart ?? Math.max(rowStart - asyncGroup.groupStart, 0)
      const selectEnd = asyncGroup.selectEnd ?? Math.min((rowEnd ?? Infinity) - asyncGroup.groupStart, asyncGroup.groupRows)
      // transpose column chunks to rows in output
      const groupData = rowFormat === 'object' ?
        await asyncGroupToRows(asyncGroup, selectStart, selectEnd, readColumns, 'object') :
        await asyncGroupToRows(asyncGroup, selectStart, selectEnd, columns, 'array')

      // Attach positions before filtering compacts rows. selectStart accounts
      // for both requested ranges and page-index pruning within the group.
      if (options.includeRowIndex) {
        for (let i = 0; i < groupData.length; i++) {
          Object.defineProperty(groupData[i], rowIndex, {
            value: asyncGroup.groupStart + selectStart + i,
          })
        }
      }

      // Apply filter and projection
      if (filter) {
        // eslint-disable-next-line no-extra-parens
        for (const row of /** @type {Record<string, any>[]} */ (groupData)) {
          if (matchFilter(row, filter, filterStrict)) {
            if (requiresProjection && columns) {
              for (const col of filterColumns) {
                if (!columns.includes(col)) delete row[col]
              }
            }
            rows.push(row)
          }
        }
      } else {
        utils_concat(rows, groupData)
      }
    }
    onComplete(rows)
  } else {
    // wait for all async groups to finish (complete takes care of this)
    await awaitAllColumns(assembled)
  }
}

/**
 * Await every column promise across the given row groups via Promise.allSettled
 * so no rejection escapes as an unhandledRejection. Throws the first rejection.
 *
 * @param {AsyncRowGroup[]} asyncGroups
 * @returns {Promise<void>}
 */
async function awaitAllColumns(asyncGroups) {
  const all = asyncGroups.flatMap(g => g.asyncColumns.map(c => c.data))
  const results = await Promise.allSettled(all)
  const failed = results.find(r => r.status === 'rejected')
  if (failed) throw failed.reason
}

/**
 * @param {ParquetReadOptions} options read options
 * @returns {AsyncRowGroup[]}
 */
function parquetReadAsync(options) {
  if (!options.metadata) throw new Error('parquet requires metadata')
  // TODO: validate options (start, end, columns, etc)
  return readParquetPlan(options, parquetPlan(options))
}

/**
 * Reads a single column from a parquet file.
 *
 * @param {BaseParquetReadOptions} options
 * @returns {Promise<DecodedArray>}
 */
async function parquetReadColumn(options) {
  if (options.columns?.length !== 1) {
    throw new Error('parquetReadColumn expected columns: [columnName]')
  }
  options.metadata ??= await parquetMetadataAsync(options.file, options)
  const column = options.columns[0]
  const prepared = await prepareParquetRead(options)
  const asyncGroups = readParquetPlan(prepared.options, prepared.plan)
  if (!prepared.options.metadata) throw new Error('parquet requires metadata')
  const schemaTree = parquetSchema(prepared.options.metadata)
  const assembled = asyncGroups.map(group => assembleAsync(group, schemaTree, options.parsers))

  // Keep one plan for the whole column so reads can be prefetched together.
  await awaitAllColumns(assembled)
  /** @type {DecodedArray} */
  const columnData = []
  for (const group of assembled) {
    const asyncColumn = group.asyncColumns.find(candidate => candidate.pathInSchema[0] === column)
    if (!asyncColumn) throw new Error(`parquet column not found: ${column}`)
    const { data } = await asyncColumn.data
    for (const chunk of data) concat(columnData, chunk)
  }
  return columnData
}

/**
 * This is a helper function to read parquet row data as a promise.
 * It is a wrapper around the more configurable parquetRead function.
 *
 * @param {Omit<ParquetReadOptions, 'onComplete'>} options
 * @returns {Promise<ParquetRow[]>} resolves when all requested rows and columns are parsed
 */
function parquetReadObjects(options) {
  return new Promise((onComplete, reject) => {
    parquetRead({
      ...options,
      rowFormat: 'object', // force object output
      onComplete,
    }).catch(reject)
  })
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./node_modules/hyparquet-compressors/src/brotli.bitreader.js
/* Copyright 2013 Google Inc. All Rights Reserved.

   Licensed under the Apache License, Version 2.0 (the "License");
   you may not use this file except in compliance with the License.
   You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

   Unless required by applicable law or agreed to in writing, software
   distributed under the License is distributed on an "AS IS" BASIS,
   WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   See the License for the specific language governing permissions and
   limitations under the License.

   Bit reading helpers
*/

const BROTLI_READ_SIZE = 4096
const BROTLI_IBUF_SIZE = 2 * BROTLI_READ_SIZE + 32
const BROTLI_IBUF_MASK = 2 * BROTLI_READ_SIZE - 1

const kBitMask = new Uint32Array([
  0, 1, 3, 7, 15, 31, 63, 127, 255, 511, 1023, 2047, 4095, 8191, 16383, 32767,
  65535, 131071, 262143, 524287, 1048575, 2097151, 4194303, 8388607, 16777215,
])

class BrotliBitReader {
  /**
   * Input byte buffer, consist of a ringbuffer and a "slack" region where
   * bytes from the start of the ringbuffer are copied.
   *
   * @typedef {import('./brotli.streams.js').BrotliInput} BrotliInput
   * @param {BrotliInput} input
   */
  constructor(input) {
    this.buf_ = new Uint8Array(BROTLI_IBUF_SIZE)
    this.input_ = input /* input callback */

    this.buf_ptr_ = 0 /* next input will write here */
    this.val_ = 0 /* pre-fetched bits */
    this.pos_ = 0 /* byte position in stream */

    this.bit_pos_ = 0
    this.bit_end_pos_ = 0
    this.eos_ = 0

    this.reset()
  }

  static READ_SIZE = BROTLI_READ_SIZE
  static IBUF_MASK = BROTLI_IBUF_MASK

  reset() {
    this.buf_ptr_ = 0 /* next input will write here */
    this.val_ = 0 /* pre-fetched bits */
    this.pos_ = 0 /* byte position in stream */
    this.bit_pos_ = 0 /* current bit-reading position in val_ */
    this.bit_end_pos_ = 0 /* bit-reading end position from LSB of val_ */
    this.eos_ = 0 /* input stream is finished */

    this.readMoreInput()
    for (let i = 0; i < 4; i++) {
      this.val_ |= this.buf_[this.pos_] << 8 * i
      this.pos_++
    }

    return this.bit_end_pos_ > 0
  }

  /**
   * Fills up the input ringbuffer by calling the input callback.
   *
   * Does nothing if there are at least 32 bytes present after current position.
   *
   * Returns 0 if either:
   *  - the input callback returned an error, or
   *  - there is no more input and the position is past the end of the stream.
   *
   * After encountering the end of the input stream, 32 additional zero bytes are
   * copied to the ringbuffer, therefore it is safe to call this function after
   * every 32 bytes of input is read.
   */
  readMoreInput() {
    if (this.bit_end_pos_ > 256) {
      // return
    } else if (this.eos_) {
      if (this.bit_pos_ > this.bit_end_pos_)
        throw new Error('Unexpected end of input ' + this.bit_pos_ + ' ' + this.bit_end_pos_)
    } else {
      const dst = this.buf_ptr_
      const bytes_read = this.input_.read(this.buf_, dst, BROTLI_READ_SIZE)
      if (bytes_read < 0) {
        throw new Error('Unexpected end of input')
      }

      if (bytes_read < BROTLI_READ_SIZE) {
        this.eos_ = 1
        /* Store 32 bytes of zero after the stream end. */
        for (let p = 0; p < 32; p++)
          this.buf_[dst + bytes_read + p] = 0
      }

      if (dst === 0) {
        /* Copy the head of the ringbuffer to the slack region. */
        for (let p = 0; p < 32; p++)
          this.buf_[(BROTLI_READ_SIZE << 1) + p] = this.buf_[p]

        this.buf_ptr_ = BROTLI_READ_SIZE
      } else {
        this.buf_ptr_ = 0
      }

      this.bit_end_pos_ += bytes_read << 3
    }
  }

  /* Guarantees that there are at least 24 bits in the buffer. */
  fillBitWindow() {
    while (this.bit_pos_ >= 8) {
      this.val_ >>>= 8
      this.val_ |= this.buf_[this.pos_ & BROTLI_IBUF_MASK] << 24
      this.pos_++
      this.bit_pos_ = this.bit_pos_ - 8 >>> 0
      this.bit_end_pos_ = this.bit_end_pos_ - 8 >>> 0
    }
  }

  /**
   * Reads the specified number of bits from Read Buffer.
   *
   * @param {number} n_bits
   * @returns {number}
   */
  readBits(n_bits) {
    if (32 - this.bit_pos_ < n_bits) this.fillBitWindow()
    const val = this.val_ >>> this.bit_pos_ & kBitMask[n_bits]
    this.bit_pos_ += n_bits
    return val
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet-compressors/src/brotli.huffman.js

const kDefaultCodeLength = 8

const HUFFMAN_TABLE_BITS = 8
const HUFFMAN_TABLE_MASK = 0xff

const CODE_LENGTH_CODES = 18
const kCodeLengthCodeOrder = new Uint8Array([
  1, 2, 3, 4, 0, 5, 17, 6, 16, 7, 8, 9, 10, 11, 12, 13, 14, 15,
])

const kMaxHuffmanTableSize = new Uint16Array([
  256, 402, 436, 468, 500, 534, 566, 598, 630, 662, 694, 726, 758, 790, 822,
  854, 886, 920, 952, 984, 1016, 1048, 1080,
])

class HuffmanCode {
  /**
   * @param {number} bits
   * @param {number} value
   */
  constructor(bits, value) {
    this.bits = bits // number of bits used for this symbol
    this.value = value // symbol value or table offset
  }
}

const kCodeLengthRepeatCode = 16
const MAX_LENGTH = 15

/**
 * Returns reverse(reverse(key, len) + 1, len), where reverse(key, len) is the
 * bit-wise reversal of the len least significant bits of key.
 * @param {number} key
 * @param {number} len
 * @returns {number}
 */
function getNextKey(key, len) {
  let step = 1 << len - 1
  while (key & step) {
    step >>= 1
  }
  return (key & step - 1) + step
}

/**
 * Stores code in table[0], table[step], table[2*step], ..., table[end]
 * Assumes that end is an integer multiple of step
 * @param {HuffmanCode[]} table
 * @param {number} i
 * @param {number} step
 * @param {number} end
 * @param {HuffmanCode} code
 */
function replicateValue(table, i, step, end, code) {
  do {
    end -= step
    table[i + end] = new HuffmanCode(code.bits, code.value)
  } while (end > 0)
}

/**
 * Returns the table width of the next 2nd level table. count is the histogram
 * of bit lengths for the remaining symbols, len is the code length of the next
 * processed symbol
 * @param {Int32Array} count
 * @param {number} len
 * @param {number} root_bits
 * @returns {number}
 */
function nextTableBitSize(count, len, root_bits) {
  let left = 1 << len - root_bits
  while (len < MAX_LENGTH) {
    left -= count[len]
    if (left <= 0) break
    ++len
    left <<= 1
  }
  return len - root_bits
}

/**
 * @param {HuffmanCode[]} root_table
 * @param {number} table
 * @param {number} root_bits
 * @param {Uint8Array} code_lengths
 * @param {number} code_lengths_size
 * @returns {number}
 */
function buildHuffmanTable(root_table, table, root_bits, code_lengths, code_lengths_size) {
  const start_table = table
  const count = new Int32Array(MAX_LENGTH + 1) // number of codes of each length
  const offset = new Int32Array(MAX_LENGTH + 1) // offsets in sorted table for each length
  const sorted = new Int32Array(code_lengths_size) // symbols sorted by code length

  // build histogram of code lengths
  for (let i = 0; i < code_lengths_size; i++) {
    count[code_lengths[i]]++
  }

  // generate offsets into sorted symbol table by code length
  offset[1] = 0
  for (let i = 1; i < MAX_LENGTH; i++) {
    offset[i + 1] = offset[i] + count[i]
  }

  // sort symbols by length, by symbol order within each length
  for (let i = 0; i < code_lengths_size; i++) {
    if (code_lengths[i] !== 0) {
      sorted[offset[code_lengths[i]]++] = i
    }
  }

  let table_bits = root_bits // key length of current table
  let table_size = 1 << table_bits
  let total_size = table_size // sum of root table size and 2nd level table sizes

  // special case code with only one value
  if (offset[MAX_LENGTH] === 1) {
    for (let key = 0; key < total_size; ++key) {
      root_table[table + key] = new HuffmanCode(0, sorted[0] & 0xffff)
    }

    return total_size
  }

  // fill in root table
  let key = 0 // reversed prefix code
  let symbol = 0 // symbol index in original or sorted table
  for (let len = 1, step = 2; len <= root_bits; ++len, step <<= 1) {
    for (; count[len] > 0; --count[len]) {
      const code = new HuffmanCode(len & 0xff, sorted[symbol++] & 0xffff)
      replicateValue(root_table, table + key, step, table_size, code)
      key = getNextKey(key, len)
    }
  }

  // fill in 2nd level tables and add pointers to root table
  const mask = total_size - 1
  let low = -1 // low bits for current root entry
  for (let len = root_bits + 1, step = 2; len <= MAX_LENGTH; ++len, step <<= 1) {
    for (; count[len] > 0; --count[len]) {
      if ((key & mask) !== low) {
        table += table_size
        table_bits = nextTableBitSize(count, len, root_bits)
        table_size = 1 << table_bits
        total_size += table_size
        low = key & mask
        root_table[start_table + low] = new HuffmanCode(table_bits + root_bits & 0xff, table - start_table - low & 0xffff)
      }
      const code = new HuffmanCode(len - root_bits & 0xff, sorted[symbol++] & 0xffff)
      replicateValue(root_table, table + (key >> root_bits), step, table_size, code)
      key = getNextKey(key, len)
    }
  }

  return total_size
}

/**
 * @import {BrotliBitReader} from './brotli.bitreader.js'
 * @param {number} alphabet_size
 * @param {HuffmanCode[]} tables
 * @param {number} table
 * @param {BrotliBitReader} br
 * @returns {number}
 */
function readHuffmanCode(alphabet_size, tables, table, br) {
  const code_lengths = new Uint8Array(alphabet_size)

  br.readMoreInput()

  // simple_code_or_skip is used as follows:
  // - 1 for simple code;
  // - 0 for no skipping, 2 skips 2 code lengths, 3 skips 3 code lengths
  const simple_code_or_skip = br.readBits(2)
  if (simple_code_or_skip === 1) {
    // Read symbols, codes & code lengths directly
    let max_bits_counter = alphabet_size - 1
    let max_bits = 0
    const symbols = new Int32Array(4)
    const num_symbols = br.readBits(2) + 1
    while (max_bits_counter) {
      max_bits_counter >>= 1
      max_bits++
    }

    for (let i = 0; i < num_symbols; i++) {
      symbols[i] = br.readBits(max_bits) % alphabet_size
      code_lengths[symbols[i]] = 2
    }
    code_lengths[symbols[0]] = 1
    switch (num_symbols) {
    case 1:
      break
    case 3:
      if (symbols[0] === symbols[1] ||
            symbols[0] === symbols[2] ||
            symbols[1] === symbols[2]) {
        throw new Error('[ReadHuffmanCode] invalid symbols')
      }
      break
    case 2:
      if (symbols[0] === symbols[1]) {
        throw new Error('[ReadHuffmanCode] invalid symbols')
      }

      code_lengths[symbols[1]] = 1
      break
    case 4:
      if (symbols[0] === symbols[1] ||
            symbols[0] === symbols[2] ||
            symbols[0] === symbols[3] ||
            symbols[1] === symbols[2] ||
            symbols[1] === symbols[3] ||
            symbols[2] === symbols[3]) {
        throw new Error('[ReadHuffmanCode] invalid symbols')
      }

      if (br.readBits(1)) {
        code_lengths[symbols[2]] = 3
        code_lengths[symbols[3]] = 3
      } else {
        code_lengths[symbols[0]] = 2
      }
      break
    }
  } else { // Decode Huffman-coded code lengths
    const code_length_code_lengths = new Uint8Array(CODE_LENGTH_CODES)
    let space = 32
    let num_codes = 0
    // Static Huffman code for the code length code lengths
    const huff = [
      new HuffmanCode(2, 0), new HuffmanCode(2, 4), new HuffmanCode(2, 3), new HuffmanCode(3, 2),
      new HuffmanCode(2, 0), new HuffmanCode(2, 4), new HuffmanCode(2, 3), new HuffmanCode(4, 1),
      new HuffmanCode(2, 0), new HuffmanCode(2, 4), new HuffmanCode(2, 3), new HuffmanCode(3, 2),
      new HuffmanCode(2, 0), new HuffmanCode(2, 4), new HuffmanCode(2, 3), new HuffmanCode(4, 5),
    ]
    for (let i = simple_code_or_skip; i < CODE_LENGTH_CODES && space > 0; i++) {
      const code_len_idx = kCodeLengthCodeOrder[i]
      let p = 0
      br.fillBitWindow()
      p += br.val_ >>> br.bit_pos_ & 15
      br.bit_pos_ += huff[p].bits
      const v = huff[p].value
      code_length_code_lengths[code_len_idx] = v
      if (v !== 0) {
        space -= 32 >> v
        num_codes++
      }
    }

    if (!(num_codes === 1 || space === 0))
      throw new Error('[ReadHuffmanCode] invalid num_codes or space')

    readHuffmanCodeLengths(code_length_code_lengths, alphabet_size, code_lengths, br)
  }

  const table_size = buildHuffmanTable(tables, table, HUFFMAN_TABLE_BITS, code_lengths, alphabet_size)
  if (!table_size) throw new Error('brotli BuildHuffmanTable failed')
  return table_size
}

/**
 * Decodes the next Huffman code from bit-stream.
 * @param {HuffmanCode[]} table
 * @param {number} index
 * @param {BrotliBitReader} br
 * @returns {number}

 */
function readSymbol(table, index, br) {
  br.fillBitWindow()
  index += br.val_ >>> br.bit_pos_ & HUFFMAN_TABLE_MASK
  const nbits = table[index].bits - HUFFMAN_TABLE_BITS
  if (nbits > 0) {
    br.bit_pos_ += HUFFMAN_TABLE_BITS
    index += table[index].value
    index += br.val_ >>> br.bit_pos_ & (1 << nbits) - 1
  }
  br.bit_pos_ += table[index].bits
  return table[index].value
}

/**
 * @param {Uint8Array} code_length_code_lengths
 * @param {number} num_symbols
 * @param {Uint8Array} code_lengths
 * @param {BrotliBitReader} br
 */
function readHuffmanCodeLengths(code_length_code_lengths, num_symbols, code_lengths, br) {
  let symbol = 0
  let prev_code_len = kDefaultCodeLength
  let repeat = 0
  let repeat_code_len = 0
  let space = 32768

  const table = []
  for (let i = 0; i < 32; i++)
    table.push(new HuffmanCode(0, 0))

  buildHuffmanTable(table, 0, 5, code_length_code_lengths, CODE_LENGTH_CODES)

  while (symbol < num_symbols && space > 0) {
    let p = 0

    br.readMoreInput()
    br.fillBitWindow()
    p += br.val_ >>> br.bit_pos_ & 31
    br.bit_pos_ += table[p].bits
    const code_len = table[p].value & 0xff
    if (code_len < kCodeLengthRepeatCode) {
      repeat = 0
      code_lengths[symbol++] = code_len
      if (code_len !== 0) {
        prev_code_len = code_len
        space -= 32768 >> code_len
      }
    } else {
      const extra_bits = code_len - 14
      let new_len = 0
      if (code_len === kCodeLengthRepeatCode) {
        new_len = prev_code_len
      }
      if (repeat_code_len !== new_len) {
        repeat = 0
        repeat_code_len = new_len
      }
      const old_repeat = repeat
      if (repeat > 0) {
        repeat -= 2
        repeat <<= extra_bits
      }
      repeat += br.readBits(extra_bits) + 3
      const repeat_delta = repeat - old_repeat
      if (symbol + repeat_delta > num_symbols) {
        throw new Error('[ReadHuffmanCodeLengths] symbol + repeat_delta > num_symbols')
      }

      for (let x = 0; x < repeat_delta; x++)
        code_lengths[symbol + x] = repeat_code_len

      symbol += repeat_delta

      if (repeat_code_len !== 0) {
        space -= repeat_delta << 15 - repeat_code_len
      }
    }
  }
  if (space !== 0) {
    throw new Error('[ReadHuffmanCodeLengths] space = ' + space)
  }

  for (; symbol < num_symbols; symbol++)
    code_lengths[symbol] = 0
}


class HuffmanTreeGroup {
  /**
   * Contains a collection of huffman trees with the same alphabet size.
   *
   * @param {number} alphabet_size
   * @param {number} num_htrees
   */
  constructor(alphabet_size, num_htrees) {
    this.alphabet_size = alphabet_size
    this.num_htrees = num_htrees
    this.codes = new Array(num_htrees + num_htrees * kMaxHuffmanTableSize[alphabet_size + 31 >>> 5])
    this.htrees = new Uint32Array(num_htrees)
  }

  /**
   * @param {BrotliBitReader} br
   */
  decode(br) {
    let next = 0
    for (let i = 0; i < this.num_htrees; i++) {
      this.htrees[i] = next
      next += readHuffmanCode(this.alphabet_size, this.codes, next, br)
    }
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet-compressors/src/brotli.prefix.js
/* Copyright 2013 Google Inc. All Rights Reserved.
   Lookup tables to map prefix codes to value ranges. This is used during
   decoding of the block lengths, literal insertion lengths and copy lengths.
*/

/**
 * Represents the range of values belonging to a prefix code:
 * [offset, offset + 2^nbits)
 * @param {number[]} pair
 * @returns {{offset: number, nbits: number}}
 */
function prefix([ offset, nbits ]) {
  return { offset, nbits }
}

const kBlockLengthPrefixCode = [
  [1, 2], [5, 2], [9, 2], [13, 2],
  [17, 3], [25, 3], [33, 3], [41, 3],
  [49, 4], [65, 4], [81, 4], [97, 4],
  [113, 5], [145, 5], [177, 5], [209, 5],
  [241, 6], [305, 6], [369, 7], [497, 8],
  [753, 9], [1265, 10], [2289, 11], [4337, 12],
  [8433, 13], [16625, 24],
].map(prefix)

const kInsertLengthPrefixCode = [
  [0, 0], [1, 0], [2, 0], [3, 0],
  [4, 0], [5, 0], [6, 1], [8, 1],
  [10, 2], [14, 2], [18, 3], [26, 3],
  [34, 4], [50, 4], [66, 5], [98, 5],
  [130, 6], [194, 7], [322, 8], [578, 9],
  [1090, 10], [2114, 12], [6210, 14], [22594, 24],
].map(prefix)

const kCopyLengthPrefixCode = [
  [2, 0], [3, 0], [4, 0], [5, 0],
  [6, 0], [7, 0], [8, 0], [9, 0],
  [10, 1], [12, 1], [14, 2], [18, 2],
  [22, 3], [30, 3], [38, 4], [54, 4],
  [70, 5], [102, 5], [134, 6], [198, 7],
  [326, 8], [582, 9], [1094, 10], [2118, 24],
].map(prefix)

const kInsertRangeLut = [
  0, 0, 8, 8, 0, 16, 8, 16, 16,
]

const kCopyRangeLut = [
  0, 8, 0, 8, 16, 0, 16, 8, 16,
]

;// CONCATENATED MODULE: ./node_modules/hyparquet-compressors/src/gzip.huffman.js
// Adapted from https://github.com/101arrowz/fflate Copyright (c) 2023 Arjun Barrett
// https://tools.ietf.org/html/rfc1951

/* Maximum possible Huffman table size for an alphabet size of 704, max code
 * length 15 and root table bits 8. */
const HUFFMAN_MAX_TABLE_SIZE = 1080

// fixed length extra bits
const fixedLengthExtraBits = new Uint8Array([
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0, /* unused */ 0, 0, /* impossible */ 0,
])
const fixedDistanceExtraBits = new Uint8Array([
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, /* unused */ 0, 0,
])

/**
 * get base, reverse index map from extra bits
 * @param {Uint8Array} eb
 * @param {number} start
 * @returns {{base: Uint16Array, rev: Int32Array}}
 */
function freb(eb, start) {
  const base = new Uint16Array(31)
  for (let i = 0; i < 31; i++) {
    base[i] = start += 1 << eb[i - 1]
  }
  // numbers here are max 18 bits
  const rev = new Int32Array(base[30])
  for (let i = 1; i < 30; i++) {
    for (let j = base[i]; j < base[i + 1]; ++j) {
      rev[j] = j - base[i] << 5 | i
    }
  }
  return { base, rev }
}

const { base: fixedLength, rev: revfl } = freb(fixedLengthExtraBits, 2)
// we can ignore the fact that the other numbers are wrong; they never happen anyway
fixedLength[28] = 258
revfl[258] = 28
const { base: fixedDistance } = freb(fixedDistanceExtraBits, 0)

// map of value to reverse (assuming 16 bits)
const rev = new Uint16Array(32768)
for (let i = 0; i < 32768; i++) {
  // reverse table algorithm from SO
  let x = (i & 0xAAAA) >> 1 | (i & 0x5555) << 1
  x = (x & 0xCCCC) >> 2 | (x & 0x3333) << 2
  x = (x & 0xF0F0) >> 4 | (x & 0x0F0F) << 4
  rev[i] = ((x & 0xFF00) >> 8 | (x & 0x00FF) << 8) >> 1
}

/**
 * create huffman tree from Uint8Array "map": index -> code length for code index
 * maxBits must be at most 15
 * @param {Uint8Array} cd
 * @param {number} maxBits
 * @param {0 | 1} r
 * @returns {Uint16Array}
 */
function huffMap(cd, maxBits, r) {
  // u16 "map": index -> # of codes with bit length = index
  const l = new Uint16Array(maxBits)
  // length of cd must be 288 (total # of codes)
  for (let i = 0; i < cd.length; i++) {
    if (cd[i]) ++l[cd[i] - 1]
  }
  // u16 "map": index -> minimum code for bit length = index
  const le = new Uint16Array(maxBits)
  for (let i = 1; i < maxBits; i++) {
    le[i] = le[i - 1] + l[i - 1] << 1
  }
  let co
  if (r) {
    // u16 "map": index -> number of actual bits, symbol for code
    co = new Uint16Array(1 << maxBits)
    // bits to remove for reverser
    const rvb = 15 - maxBits
    for (let i = 0; i < cd.length; i++) {
      // ignore 0 lengths
      if (cd[i]) {
        // num encoding both symbol and bits read
        const sv = i << 4 | cd[i]
        const freeBits = maxBits - cd[i]
        let startValue = le[cd[i] - 1]++ << freeBits
        for (const endValue = startValue | (1 << freeBits) - 1; startValue <= endValue; startValue++) {
          // every 16 bit value starting with the code yields the same result
          co[rev[startValue] >> rvb] = sv
        }
      }
    }
  } else {
    co = new Uint16Array(cd.length)
    for (let i = 0; i < cd.length; i++) {
      if (cd[i]) {
        co[i] = rev[le[cd[i] - 1]++] >> 15 - cd[i]
      }
    }
  }
  return co
}

// construct huffman trees
const fixedLengthTree = new Uint8Array(288)
for (let i = 0; i < 144; i++) fixedLengthTree[i] = 8
for (let i = 144; i < 256; i++) fixedLengthTree[i] = 9
for (let i = 256; i < 280; i++) fixedLengthTree[i] = 7
for (let i = 280; i < 288; i++) fixedLengthTree[i] = 8
const fixedDistanceTree = new Uint8Array(32)
for (let i = 0; i < 32; i++) fixedDistanceTree[i] = 5

const fixedLengthMap = /*#__PURE__*/ huffMap(fixedLengthTree, 9, 1)
const fixedDistanceMap = /*#__PURE__*/ huffMap(fixedDistanceTree, 5, 1)


;// CONCATENATED MODULE: ./node_modules/hyparquet-compressors/src/brotli.blocks.js





/**
 * @import {HuffmanCode} from './brotli.huffman.js'
 * @param {number} max_block_type
 * @param {HuffmanCode[]} trees
 * @param {number} tree_type
 * @param {number[]} block_types
 * @param {number[]} ringbuffers
 * @param {number[]} indexes
 * @param {BrotliBitReader} br
 */
function decodeBlockType(max_block_type, trees, tree_type, block_types, ringbuffers, indexes, br) {
  const ringbuffer = tree_type * 2
  const index = tree_type
  const type_code = readSymbol(trees, tree_type * HUFFMAN_MAX_TABLE_SIZE, br)
  let block_type
  if (type_code === 0) {
    block_type = ringbuffers[ringbuffer + (indexes[index] & 1)]
  } else if (type_code === 1) {
    block_type = ringbuffers[ringbuffer + (indexes[index] - 1 & 1)] + 1
  } else {
    block_type = type_code - 2
  }
  if (block_type >= max_block_type) {
    block_type -= max_block_type
  }
  block_types[tree_type] = block_type
  ringbuffers[ringbuffer + (indexes[index] & 1)] = block_type
  indexes[index]++
}

/**
 * @typedef {{ input_end: number, is_metadata: boolean, meta_block_length: number, is_uncompressed: number }} MetaBlockLength
 * @param {BrotliBitReader} br
 * @returns {MetaBlockLength}
 */
function decodeMetaBlockLength(br) {
  const out = {
    meta_block_length: 0,
    input_end: 0,
    is_uncompressed: 0,
    is_metadata: false,
  }

  out.input_end = br.readBits(1)
  if (out.input_end && br.readBits(1)) {
    return out
  }

  const size_nibbles = br.readBits(2) + 4
  if (size_nibbles === 7) {
    out.is_metadata = true

    if (br.readBits(1) !== 0)
      throw new Error('Invalid reserved bit')

    const size_bytes = br.readBits(2)
    if (size_bytes === 0)
      return out

    for (let i = 0; i < size_bytes; i++) {
      const next_byte = br.readBits(8)
      if (i + 1 === size_bytes && size_bytes > 1 && next_byte === 0)
        throw new Error('Invalid size byte')

      out.meta_block_length |= next_byte << i * 8
    }
  } else {
    for (let i = 0; i < size_nibbles; i++) {
      const next_nibble = br.readBits(4)
      if (i + 1 === size_nibbles && size_nibbles > 4 && next_nibble === 0)
        throw new Error('Invalid size nibble')

      out.meta_block_length |= next_nibble << i * 4
    }
  }

  out.meta_block_length++

  if (!out.input_end && !out.is_metadata) {
    out.is_uncompressed = br.readBits(1)
  }

  return out
}


/**
 * @import {BrotliOutput} from './brotli.streams.js'
 * @param {BrotliOutput} output
 * @param {number} len
 * @param {number} pos
 * @param {Uint8Array} ringbuffer
 * @param {number} ringbuffer_mask
 * @param {BrotliBitReader} br
 */
function copyUncompressedBlockToOutput(output, len, pos, ringbuffer, ringbuffer_mask, br) {
  const rb_size = ringbuffer_mask + 1
  let rb_pos = pos & ringbuffer_mask
  let br_pos = br.pos_ & BrotliBitReader.IBUF_MASK

  // For short lengths copy byte-by-byte
  if (len < 8 || br.bit_pos_ + (len << 3) < br.bit_end_pos_) {
    while (len-- > 0) {
      br.readMoreInput()
      ringbuffer[rb_pos++] = br.readBits(8)
      if (rb_pos === rb_size) {
        output.write(ringbuffer, rb_size)
        rb_pos = 0
      }
    }
    return
  }

  if (br.bit_end_pos_ < 32) {
    throw new Error('copyUncompressedBlockToOutput: br.bit_end_pos_ < 32')
  }

  // Copy remaining 0-4 bytes from br.val_ to ringbuffer
  while (br.bit_pos_ < 32) {
    ringbuffer[rb_pos] = br.val_ >>> br.bit_pos_
    br.bit_pos_ += 8
    rb_pos++
    len--
  }

  // Copy remaining bytes from br.buf_ to ringbuffer
  let nbytes = br.bit_end_pos_ - br.bit_pos_ >> 3
  if (br_pos + nbytes > BrotliBitReader.IBUF_MASK) {
    const tail = BrotliBitReader.IBUF_MASK + 1 - br_pos
    for (let x = 0; x < tail; x++)
      ringbuffer[rb_pos + x] = br.buf_[br_pos + x]

    nbytes -= tail
    rb_pos += tail
    len -= tail
    br_pos = 0
  }

  for (let x = 0; x < nbytes; x++)
    ringbuffer[rb_pos + x] = br.buf_[br_pos + x]

  rb_pos += nbytes
  len -= nbytes

  // If we wrote past the logical end of the ringbuffer, copy the tail of the
  // ringbuffer to its beginning and flush the ringbuffer to the output
  if (rb_pos >= rb_size) {
    output.write(ringbuffer, rb_size)
    rb_pos -= rb_size
    for (let x = 0; x < rb_pos; x++)
      ringbuffer[x] = ringbuffer[rb_size + x]
  }

  // If we have more to copy than the remaining size of the ringbuffer, then we
  // first fill the ringbuffer from the input and then flush the ringbuffer
  while (rb_pos + len >= rb_size) {
    nbytes = rb_size - rb_pos
    if (br.input_.read(ringbuffer, rb_pos, nbytes) < nbytes) {
      throw new Error('copyUncompressedBlockToOutput: not enough bytes')
    }
    output.write(ringbuffer, rb_size)
    len -= nbytes
    rb_pos = 0
  }

  // Copy straight from the input onto the ringbuffer
  // Ringbuffer will be flushed to output later
  if (br.input_.read(ringbuffer, rb_pos, len) < len) {
    throw new Error('copyUncompressedBlockToOutput: not enough bytes')
  }

  // Restore the state of the bit reader
  br.reset()
}

/**
 * Decodes a number in the range [0..255], by reading 1 - 11 bits.
 * @param {BrotliBitReader} br
 * @returns {number}
 */
function decodeVarLenUint8(br) {
  if (br.readBits(1)) {
    const nbits = br.readBits(3)
    if (nbits === 0) {
      return 1
    } else {
      return br.readBits(nbits) + (1 << nbits)
    }
  }
  return 0
}

/**
 * @param {BrotliBitReader} br
 * @returns {number}
 */
function decodeWindowBits(br) {
  if (br.readBits(1) === 0) return 16

  let n = br.readBits(3)
  if (n > 0) return 17 + n

  n = br.readBits(3)
  if (n > 0) return 8 + n

  return 17
}

/**
 * Advances the bit reader position to the next byte boundary and verifies
 * that any skipped bits are set to zero.
 * @param {BrotliBitReader} br
 * @returns {boolean}
 */
function jumpToByteBoundary(br) {
  const new_bit_pos = br.bit_pos_ + 7 & ~7
  return !br.readBits(new_bit_pos - br.bit_pos_)
}

/**
 * @param {HuffmanCode[]} table
 * @param {number} index
 * @param {BrotliBitReader} br
 * @returns {number}
 */
function readBlockLength(table, index, br) {
  const code = readSymbol(table, index, br)
  const { offset, nbits } = kBlockLengthPrefixCode[code]
  return offset + br.readBits(nbits)
}

;// CONCATENATED MODULE: ./node_modules/hyparquet-compressors/src/brotli.context.js
/* Copyright 2013 Google Inc. All Rights Reserved.

   Lookup table to map the previous two bytes to a context id.

   There are four different context modeling modes defined here:
     CONTEXT_LSB6: context id is the least significant 6 bits of the last byte,
     CONTEXT_MSB6: context id is the most significant 6 bits of the last byte,
     CONTEXT_UTF8: second-order context model tuned for UTF8-encoded text,
     CONTEXT_SIGNED: second-order context model tuned for signed integers.

   The context id for the UTF8 context model is calculated as follows. If p1
   and p2 are the previous two bytes, we calcualte the context as

     context = kContextLookup[p1] | kContextLookup[p2 + 256].

   If the previous two bytes are ASCII characters (i.e. < 128), this will be
   equivalent to

     context = 4 * context1(p1) + context2(p2),

   where context1 is based on the previous byte in the following way:

     0  : non-ASCII control
     1  : \t, \n, \r
     2  : space
     3  : other punctuation
     4  : " '
     5  : %
     6  : ( < [ {
     7  : ) > ] }
     8  : , ; :
     9  : .
     10 : =
     11 : number
     12 : upper-case vowel
     13 : upper-case consonant
     14 : lower-case vowel
     15 : lower-case consonant

   and context2 is based on the second last byte:

     0 : control, space
     1 : punctuation
     2 : upper-case letter, number
     3 : lower-case letter

   If the last byte is ASCII, and the second last byte is not (in a valid UTF8
   stream it will be a continuation byte, value between 128 and 191), the
   context is the same as if the second last byte was an ASCII control or space.

   If the last byte is a UTF8 lead byte (value >= 192), then the next byte will
   be a continuation byte and the context id is 2 or 3 depending on the LSB of
   the last byte and to a lesser extent on the second last byte if it is ASCII.

   If the last byte is a UTF8 continuation byte, the second last byte can be:
     - continuation byte: the next byte is probably ASCII or lead byte (assuming
       4-byte UTF8 characters are rare) and the context id is 0 or 1.
     - lead byte (192 - 207): next byte is ASCII or lead byte, context is 0 or 1
     - lead byte (208 - 255): next byte is continuation byte, context is 2 or 3

   The possible value combinations of the previous two bytes, the range of
   context ids and the type of the next byte is summarized in the table below:

   |--------\-----------------------------------------------------------------|
   |         \                         Last byte                              |
   | Second   \---------------------------------------------------------------|
   | last byte \    ASCII            |   cont. byte        |   lead byte      |
   |            \   (0-127)          |   (128-191)         |   (192-)         |
   |=============|===================|=====================|==================|
   |  ASCII      | next: ASCII/lead  |  not valid          |  next: cont.     |
   |  (0-127)    | context: 4 - 63   |                     |  context: 2 - 3  |
   |-------------|-------------------|---------------------|------------------|
   |  cont. byte | next: ASCII/lead  |  next: ASCII/lead   |  next: cont.     |
   |  (128-191)  | context: 4 - 63   |  context: 0 - 1     |  context: 2 - 3  |
   |-------------|-------------------|---------------------|------------------|
   |  lead byte  | not valid         |  next: ASCII/lead   |  not valid       |
   |  (192-207)  |                   |  context: 0 - 1     |                  |
   |-------------|-------------------|---------------------|------------------|
   |  lead byte  | not valid         |  next: cont.        |  not valid       |
   |  (208-)     |                   |  context: 2 - 3     |                  |
   |-------------|-------------------|---------------------|------------------|

   The context id for the signed context mode is calculated as:

     context = (kContextLookup[512 + p1] << 3) | kContextLookup[512 + p2].

   For any context modeling modes, the context ids can be calculated by |-ing
   together two lookups from one table using context model dependent offsets:

     context = kContextLookup[offset1 + p1] | kContextLookup[offset2 + p2].

   where offset1 and offset2 are dependent on the context mode.
*/

/* Common context lookup table for all context modes. */
const lookup = new Uint8Array([
  /* CONTEXT_UTF8, last byte. */
  /* ASCII range. */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 0, 0, 4, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  8, 12, 16, 12, 12, 20, 12, 16, 24, 28, 12, 12, 32, 12, 36, 12,
  44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 32, 32, 24, 40, 28, 12,
  12, 48, 52, 52, 52, 48, 52, 52, 52, 48, 52, 52, 52, 52, 52, 48,
  52, 52, 52, 52, 52, 48, 52, 52, 52, 52, 52, 24, 12, 28, 12, 12,
  12, 56, 60, 60, 60, 56, 60, 60, 60, 56, 60, 60, 60, 60, 60, 56,
  60, 60, 60, 60, 60, 56, 60, 60, 60, 60, 60, 24, 12, 28, 12, 0,
  /* UTF8 continuation byte range. */
  0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1,
  0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1,
  0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1,
  0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1,
  /* UTF8 lead byte range. */
  2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3,
  2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3,
  2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3,
  2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3,
  /* CONTEXT_UTF8 second last byte. */
  /* ASCII range. */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1,
  1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1,
  1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
  3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 1, 1, 1, 0,
  /* UTF8 continuation byte range. */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  /* UTF8 lead byte range. */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
  /* CONTEXT_SIGNED, second last byte. */
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
  3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
  3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
  3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
  3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
  4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
  4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
  4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
  4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
  5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
  5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
  5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
  6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7,
  /* CONTEXT_SIGNED, last byte, same as the above values shifted by 3 bits. */
  0, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
  16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
  16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
  16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
  24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24,
  24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24,
  24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24,
  24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24,
  32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32,
  32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32,
  32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32,
  32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32,
  40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40,
  40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40,
  40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40,
  48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 56,
  /* CONTEXT_LSB6, last byte. */
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
  16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
  32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
  16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
  32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
  16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
  32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
  16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
  32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
  /* CONTEXT_MSB6, last byte. */
  0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3,
  4, 4, 4, 4, 5, 5, 5, 5, 6, 6, 6, 6, 7, 7, 7, 7,
  8, 8, 8, 8, 9, 9, 9, 9, 10, 10, 10, 10, 11, 11, 11, 11,
  12, 12, 12, 12, 13, 13, 13, 13, 14, 14, 14, 14, 15, 15, 15, 15,
  16, 16, 16, 16, 17, 17, 17, 17, 18, 18, 18, 18, 19, 19, 19, 19,
  20, 20, 20, 20, 21, 21, 21, 21, 22, 22, 22, 22, 23, 23, 23, 23,
  24, 24, 24, 24, 25, 25, 25, 25, 26, 26, 26, 26, 27, 27, 27, 27,
  28, 28, 28, 28, 29, 29, 29, 29, 30, 30, 30, 30, 31, 31, 31, 31,
  32, 32, 32, 32, 33, 33, 33, 33, 34, 34, 34, 34, 35, 35, 35, 35,
  36, 36, 36, 36, 37, 37, 37, 37, 38, 38, 38, 38, 39, 39, 39, 39,
  40, 40, 40, 40, 41, 41, 41, 41, 42, 42, 42, 42, 43, 43, 43, 43,
  44, 44, 44, 44, 45, 45, 45, 45, 46, 46, 46, 46, 47, 47, 47, 47,
  48, 48, 48, 48, 49, 49, 49, 49, 50, 50, 50, 50, 51, 51, 51, 51,
  52, 52, 52, 52, 53, 53, 53, 53, 54, 54, 54, 54, 55, 55, 55, 55,
  56, 56, 56, 56, 57, 57, 57, 57, 58, 58, 58, 58, 59, 59, 59, 59,
  60, 60, 60, 60, 61, 61, 61, 61, 62, 62, 62, 62, 63, 63, 63, 63,
  /* CONTEXT_{M,L}SB6, second last byte, */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
])

const lookupOffsets = new Uint16Array([
  /* CONTEXT_LSB6 */
  1024, 1536,
  /* CONTEXT_MSB6 */
  1280, 1536,
  /* CONTEXT_UTF8 */
  0, 256,
  /* CONTEXT_SIGNED */
  768, 512,
])

;// CONCATENATED MODULE: ./node_modules/hyparquet-compressors/src/brotli.contextmap.js




/**
 * @import {BrotliBitReader} from './brotli.bitreader.js'
 * @param {number} context_map_size
 * @param {BrotliBitReader} br
 * @returns {[number, Uint8Array]} // num_htrees, context_map
 */
function decodeContextMap(context_map_size, br) {
  let max_run_length_prefix = 0

  br.readMoreInput()
  const num_htrees = decodeVarLenUint8(br) + 1

  const context_map = new Uint8Array(context_map_size)
  if (num_htrees <= 1) {
    return [num_htrees, context_map]
  }

  const use_rle_for_zeros = br.readBits(1)
  if (use_rle_for_zeros) {
    max_run_length_prefix = br.readBits(4) + 1
  }

  const table = []
  for (let i = 0; i < HUFFMAN_MAX_TABLE_SIZE; i++) {
    table[i] = new HuffmanCode(0, 0)
  }

  readHuffmanCode(num_htrees + max_run_length_prefix, table, 0, br)

  for (let i = 0; i < context_map_size;) {
    br.readMoreInput()
    const code = readSymbol(table, 0, br)
    if (code === 0) {
      context_map[i] = 0
      i++
    } else if (code <= max_run_length_prefix) {
      let reps = 1 + (1 << code) + br.readBits(code)
      while (--reps) {
        if (i >= context_map_size) {
          throw new Error('[DecodeContextMap] i >= context_map_size')
        }
        context_map[i] = 0
        i++
      }
    } else {
      context_map[i] = code - max_run_length_prefix
      i++
    }
  }
  if (br.readBits(1)) {
    inverseMoveToFrontTransform(context_map, context_map_size)
  }

  return [num_htrees, context_map]
}

/**
 * @param {Uint8Array} v
 * @param {number} index
 */
function moveToFront(v, index) {
  const value = v[index]
  for (let i = index; i; i--) v[i] = v[i - 1]
  v[0] = value
}

/**
 * @param {Uint8Array} v
 * @param {number} v_len
 */
function inverseMoveToFrontTransform(v, v_len) {
  const mtf = new Uint8Array(256)
  for (let i = 0; i < 256; i++) {
    mtf[i] = i
  }
  for (let i = 0; i < v_len; i++) {
    const index = v[i]
    v[i] = mtf[index]
    if (index) moveToFront(mtf, index)
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet-compressors/src/brotli.streams.js
class BrotliInput {
  /**
   * @param {Uint8Array} buffer
   */
  constructor(buffer) {
    this.buffer = buffer
    this.pos = 0
  }

  /**
   * @param {Uint8Array} buf
   * @param {number} i
   * @param {number} count
   * @returns {number}
   */
  read(buf, i, count) {
    if (this.pos + count > this.buffer.length) {
      count = this.buffer.length - this.pos
    }

    for (let p = 0; p < count; p++)
      buf[i + p] = this.buffer[this.pos + p]

    this.pos += count
    return count
  }
}

class BrotliOutput {
  /**
   * @param {Uint8Array} buf
   */
  constructor(buf) {
    this.buffer = buf
    this.pos = 0
  }

  /**
   * @param {Uint8Array} buf
   * @param {number} count
   * @returns {number}
   */
  write(buf, count) {
    if (this.pos + count > this.buffer.length) throw new Error('brotli output buffer is not large enough')

    this.buffer.set(buf.subarray(0, count), this.pos)
    this.pos += count
    return count
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet-compressors/src/gzip.js
// Adapted from https://github.com/101arrowz/fflate Copyright (c) 2023 Arjun Barrett
// https://tools.ietf.org/html/rfc1951



const codeLengthIndexMap = new Uint8Array([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15])

/**
 * read d, starting at bit p and mask with m
 * @param {Uint8Array} input
 * @param {number} pos
 * @param {number} mask
 * @returns {number}
 */
function bits(input, pos, mask) {
  const o = pos / 8 | 0
  return (input[o] | input[o + 1] << 8) >> (pos & 7) & mask
}

/**
 * read d, starting at bit p continuing for at least 16 bits
 * @param {Uint8Array} d
 * @param {number} p
 * @returns {number}
 */
function bits16(d, p) {
  const o = p / 8 | 0
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7)
}

/**
 * get end of byte
 * @param {number} p
 * @returns {number}
 */
function shft(p) {
  return (p + 7) / 8 | 0
}

/**
 * return start of gzip payload index
 * @param {Uint8Array} input
 * @param {number} i inputIndex
 * @returns {number}
 */
function gzipStart(input, i) {
  // if missing gzip header, assume raw deflate stream
  if (input[i++] !== 31 || input[i++] !== 139 || input[i++] !== 8) return 0
  const flag = input[i++]
  i += 6 // skip header
  if (flag & 4) i += (input[i + 10] | input[i + 11] << 8) + 2 // skip extra
  // skip name and comment
  for (let zs = (flag >> 3 & 1) + (flag >> 4 & 1); zs > 0; zs -= Number(!input[i++]));
  return i + (flag & 2)
}

/**
 * GZip decompression
 * @param {Uint8Array} input
 * @param {Uint8Array} [output]
 * @param {number} [inputIndex]
 * @param {number} [outputIndex]
 * @returns {Uint8Array}
 */
function gzip_gunzip(input, output, inputIndex = 0, outputIndex = 0) {
  let out = output ?? new Uint8Array(1024) // initial size
  if (!(input.length - inputIndex)) return out
  const payloadStart = gzipStart(input, inputIndex)
  if (payloadStart === input.length - 8) return out
  if (payloadStart > input.length - 8) throw new Error('unexpected EOF')
  let pos = payloadStart * 8 // position in bits
  let final = 0 // last chunk?
  let lengthBits = 0
  let distBits = 0
  let lengthMap
  let distMap
  const totalBits = input.length * 8

  /** @param {number} length */
  function ensureSize(length) {
    if (!output && length > out.length) {
      const old = out
      out = new Uint8Array(Math.max(old.length * 2, length))
      out.set(old)
    }
  }

  do {
    if (!lengthMap) {
      // final chunk is next?
      final = bits(input, pos, 1)
      const type = bits(input, pos + 1, 3)
      pos += 3
      if (!type) {
        // no compression
        // go to end of byte boundary
        const s = shft(pos) + 4
        const l = input[s - 4] | input[s - 3] << 8
        const t = s + l
        if (t > input.length) throw new Error('unexpected EOF')
        // copy uncompressed data
        ensureSize(outputIndex + l)
        out.set(input.subarray(s, t), outputIndex)
        outputIndex += l
        pos = t * 8
        continue
      } else if (type === 1) {
        // fixed huffman
        lengthMap = fixedLengthMap
        distMap = fixedDistanceMap
        lengthBits = 9
        distBits = 5
      } else if (type === 2) {
        // dynamic huffman
        const hLiteral = bits(input, pos, 31) + 257
        const hcLengths = bits(input, pos + 10, 15) + 4
        const tl = hLiteral + bits(input, pos + 5, 31) + 1
        pos += 14
        // length+distance tree
        const lengthDistanceTree = new Uint8Array(tl)
        const codeLengthTree = new Uint8Array(19)
        for (let i = 0; i < hcLengths; ++i) {
          // use index map to get real code
          codeLengthTree[codeLengthIndexMap[i]] = bits(input, pos + i * 3, 7)
        }
        pos += hcLengths * 3
        const codeLengthBits = Math.max(...codeLengthTree)
        const clbMask = (1 << codeLengthBits) - 1
        const codeLengthMap = huffMap(codeLengthTree, codeLengthBits, 1)
        for (let i = 0; i < tl;) {
          const r = codeLengthMap[bits(input, pos, clbMask)]
          // bits read
          pos += r & 15
          const symbol = r >> 4
          // code length to copy
          if (symbol < 16) {
            lengthDistanceTree[i++] = symbol
          } else {
            let copy = 0
            let n = 0 // count
            if (symbol === 16) {
              n = 3 + bits(input, pos, 3)
              pos += 2
              copy = lengthDistanceTree[i - 1]
            } else if (symbol === 17) {
              n = 3 + bits(input, pos, 7)
              pos += 3
            } else if (symbol === 18) {
              n = 11 + bits(input, pos, 127)
              pos += 7
            }
            while (n--) lengthDistanceTree[i++] = copy
          }
        }
        const lengthTree = lengthDistanceTree.subarray(0, hLiteral)
        const distanceTree = lengthDistanceTree.subarray(hLiteral)
        // max length/dist bits
        lengthBits = Math.max(...lengthTree)
        distBits = Math.max(...distanceTree)
        lengthMap = huffMap(lengthTree, lengthBits, 1)
        distMap = huffMap(distanceTree, distBits, 1)
      } else throw new Error('invalid block type')
      if (pos > totalBits) throw new Error('unexpected EOF')
    }

    ensureSize(outputIndex + 131072) // max chunk size?
    const lms = (1 << lengthBits) - 1
    const dms = (1 << distBits) - 1
    for (;;) {
      // bits read, code
      const code = lengthMap[bits16(input, pos) & lms]
      const sym = code >> 4
      pos += code & 15
      if (pos > totalBits) throw new Error('unexpected EOF')
      if (!code) throw new Error('invalid length/literal')
      if (sym < 256) out[outputIndex++] = sym
      else if (sym === 256) {
        lengthMap = undefined
        break
      } else {
        let add = sym - 254
        // no extra bits needed if less
        if (sym > 264) {
          const index = sym - 257
          const b = fixedLengthExtraBits[index]
          add = bits(input, pos, (1 << b) - 1) + fixedLength[index]
          pos += b
        }
        // dist
        if (!distMap) throw new Error('invalid distance map')
        const d = distMap[bits16(input, pos) & dms]
        const dsym = d >> 4
        if (!d) throw new Error('invalid distance')
        pos += d & 15
        let dt = fixedDistance[dsym]
        if (dsym > 3) {
          const b = fixedDistanceExtraBits[dsym]
          dt += bits16(input, pos) & (1 << b) - 1
          pos += b
        }
        if (pos > totalBits) throw new Error('unexpected EOF')
        const end = outputIndex + add
        if (outputIndex < dt) throw new Error('unexpected dictionary case')
        ensureSize(end)
        for (; outputIndex < end; outputIndex++) out[outputIndex] = out[outputIndex - dt]
      }
    }
    if (lengthMap) final = 1
  } while (!final)

  if (outputIndex < out.length) {
    // multiple gzip blocks
    const nextBlock = Math.ceil(pos / 8) + 8 // 8 byte gzip footer
    gzip_gunzip(input, out, nextBlock, outputIndex)
  }

  if (!output) return out.subarray(0, outputIndex)
  return out
}

;// CONCATENATED MODULE: ./node_modules/hyparquet-compressors/src/brotli.dictionary.js
/* Copyright 2013 Google Inc. All Rights Reserved.

   Collection of static dictionary words.
*/



const dictionaryGz64 = `
H4sIAAAAAAAAAzy96XIcx7Uu+tuI4DuU2meLxDbRAElNJgYHR0neGrgFyr7bPg5FdlV2dwHVVa3KKoBN
SRHggIHgAFKcBc4zJQIgOGIggYjDF6D+kf8U56K6GxH3Ie73rYRsGRLQnZWVwxq+tXKtlYlf0V40GAZ+
UQe6mBSU2+9GnvZUokw5GozCoGb8RLt+UouqOuxLTRL4/boYaz0Yxf2J3pfUtIqjAR0XIq8W4JdiFFcK
UdRfDVQt8Ad04Ie6rINqOapo43u6EsV81guisJSUdWXA14NFP/SqqoT31kwxDYKyVl6i44pWblnFWhXj
qJLEqa6ouF8VAp1Wo7Dsl8oYpw5U6IV60OgBHYYYj6uMLkRJuRqZJDXaqyhPl9GmrPHeskpCVdGf+WF/
IYhKxt+vC2iP8aFdP/r3QzwTr291/lSOAk+Hnhn0k/IX6B/D8AbRh/FLYYK2ZTWgS+jLaB26KgiqKikP
avw3SE1Fh2nRDypVFSd9kR8mZd8EvklKUYSxam8Q8xzUBt8VTAVzV4GJMJwo9t0y3m8CZZJEK0y3Uivi
mX4/LA36QaDx+aCKvQKeLfqx3oM16w+jQYUO89WwVMH6J5hsECmvhLU3OiiGUaIrqVsuaq5FWIsjt993
ozAKXR1gn8rYE8/X3ifYnzgNdBnrpvrUPj8sRm6QFgI1aAJtTFkFRcM9RF/7o1Bv6uj4D/zHuNigvaCj
WLm6EKTY/zQe1Lq/iL/LIJoS1gmbiP3G2Ms6xJr09+tqUlUGnfrVOIoqn+z9/DPQS7i3VgU9olM80691
tRioEuinH6vjFTGfBOONsecJaLYvrVQTrJaH/jAGfA8KBi1i9LV+rBXWISliX1SaRKCNOO+ChlTQD7qu
DmBNPPRfAa1jR5MkjcNChB/QCTghiCOj0zjYYLDwcRRoPApSTAyWG3ursY+Bl++rlsAalQEV1/BMAloO
DQjGi6Pq30DTblStbcp35LraVY9JsBABdsPHy7A+VfBZvuQXsQaJa8xfSrGq4Q3hu6WkM8Z+YIxJgHka
5aM75eEdDvYv6IvKIWikvxrFmJtJ1n+9rc0DXXa1F3qqURQXOG+s4df53vwg6KYCft1c3df5KfYyVmH/
IPoeVCFoKCAxef/s+FdnVaXBINbbpLH+XxvW/3FQ+UkFewPaM6VImxJ4AltTqmIs77S1OQHoJw39BPvG
fvpBh5VByI99lSBnyNOY4uaO6j4sHcY+iPlGQTEK0acfGFXEt+hZVY0LORCj72IQDRZUoWaqKjTgi/cw
3g/wA9YxoP0EfBcM+v0+ZEJiEhBO7GP6pfYAPDioVX+CvdgNmQO+x5qEBnvYj+2uxWlo+tKgBknWvwn9
lSIVlCACDN6nvZL2ve6c0Yl5H9/l+8xf3sOY/aKzwUQR9hFyAnSYpAW9X5MaQoxDe6DpBNwcYetAXnFl
00fVfS5kQBnrXsA49oOWByIssjK1GDwLmgyqGKOP9XJB/1vwrj7sfaJKpuAnBrQVgPmSfgiwELTbhQUu
YdH+2vvlF16a1L6gfFGBrkUp1j3BEvlhn9q/36VsqmlT9E15cHAwH/sGfRZMNdYDmzAP/K03Y2LbwY8e
xrGlo2NjAXsOKsDY4hCyxCtE+/JF5ccBxoP1Yt9xX4o5a7fsFze8UwWd6QE/+F8bcqCJuBLgWQ/0UIV8
3tjR0cFZerEaLKdgimqUFNPQK4CPyrEuQrIE/bpmEvRRBr2D9yHXdbAJxGhSP8GjwVe9vTmKfOxJ7eNd
e3NYM6180ByH5HsGS9sZqoFaCQyR+FXzxz//+c8YB2SjVwO/m9ZO54dqufoXyO4AfB0MQsHsL2/N/rN9
XYsD4QR5FeRbWrZ9iH6qqSlDkyRYmk4XNPCf7V3tZWi4D7FGkDFJDBnmvPuuA20SYD+hXUBVGETFh4zq
96sJ9h86Cvoh0CXQTBWb8R7WdF3LuhaX9A2ZkMdgugpxjwaDVrDXpdSHnA6wUQavBpMoSqSo0u5XSu/+
8aPNQQpdi36xlJ0gqloJ9FZOKpQSgRenpd1f7doVQj6FWMO/gFgDUiHWfoA6ALyF9XNA/3Gsg1oBOsiA
Vry0X4fKKFdV9SBoo5QGxb2bt2wtg9ZA90kJMgXCH7ovjSGvapsw//XrWztbO3M9FQOh5YN//NgzkC8F
Dc6BHN+76aOt2HpDBsD8gw+wiEXQw/8dumgKUc1AhuTRRW7Pl717CxhPP/autfOHH6C8alg3b8PX/9X6
bao87E29DQq3Df+D0K/imXXAHcneTX/eOuC7kH5ezdOFpAcTgywLQs1xRoN7N32w1YNs0wMq2Lvpw60B
1h90C3JUQRX8E0YDCvxgSjrUzv8dOmOiImRTRSe+yHHTVd4C2ZjGReCAKnRJVxL3QOf6rd+/swH/1RhX
swB6gnyJOzpaOyt+0O+0tfX4cRQC53geeGsQ+2QiP6imiWnvM+3ABrW9mzdv/bR3+xd7N3dsVZ6qYK3w
rs09fRCC6zc666Fik72bN211MB/oWYh6X1UgW7raqz0mSoPPPv1iF/gReCXGGry3tau8qecjrC1EQNef
Qad7O97bWgHW2vreB/8ADWg/dMv/A8wF8uKYV9a3toKuY+xJSUOngrRC4J7Q27rlw398ExW/Wf+v1k7Q
1ka0bSSQiTXihmgwKIAXtr7/wT/+qgbUFryv5fsfWv5jx5b/2LrlvX/06WJx1/+z51PI0vKAD3UH0jbA
F+hj9duUOhT8APqBrkqwdvkC6NADvZaBRSAvgJHCZOuWD/7xyd69e9o2d2wqRtDU6GPXFzudfRA4W99/
7x/bv9z5Px766Gz5oUXv89H+/X9AvxnQTrL+h9ZOYJEErN6pgOZ++KGr/Z/+v/KfQf/0V/7Po0G8JwHN
Kc8zkBYB2HFfZ8sffoDIikLsZR6KoaPj/VasRa0Pot6AqMCxkLNREWvR6mzu6ACNg4exGIB/wKngibjm
Yl+TGihLA1P4UZiHMnOh50p4L3Ri/n2s055yfifkAaCe4KsQfN0PWoGmUSH04T7QiQu6b/Ggc93Ar7ZC
+HyI57AOHTv/ttN8+K+ergR8SQTs/+lPrYPYN4CMqArlEVUTqPxA79723wZ0ErZt/mBvQHkOWv/6q8+c
QhoAl0f9nT+sa/lk17ad4LlWVShAXqtww6Y/fwR8VqZQ6Gr3QVuQJSlxNHCCX9Xft7W809GxuTUE0P/n
pn91/vNfnS2fRSUHeiVZ1/KHP0BflqBTKwXIp9bv1rV0kCawD/3R1v8Pcg1r3bPObG1vd/AgpCLxbWlD
63ctaOpAb67H9KpeqqD/VJL/656PW7Gx36ZRgv+2gMchIX9YB1J4Dz/v4+cD/HyIn4/w8+fNHfLPJvxs
xs8W/KDdZrTbjHab0W4z2m1Guy1otwXttqDdFrTbgnZb0G4L2m1hf/hsE77bhDab0LYDz3Tg2Q5814E2
HWjbgWfQARYDP2iHf4HQ8PMRfj7Ezwf4eR8/7+FnC34242cTftDuI7T7CO0+QruP0O4jtPsI7T5Cu4/Q
7iO0+wjtPkS7D9HuQ7T7EO0+RLsP0e5DtPsQ7T5Euw/R7gO0+wDtPkC7D9DuA7T7AO0+QLsP0O4DtPsA
7d5Hu/fR7n20ex/t3ke799HufbR7H+3eR7v3MeMOzvq9TVv+DLWEyeN/wKxR5dV1WBOJJuiqAsckkReV
gctdCCz1ajYq+BDQr6aUMq+mBnwPesMQcUWQSxEtEvyuXOyt5/dFsN0i4NQQupgWBaQpODYoRd+mr+4T
1YboEzoCUACcAx1UUH18H8k5UqVUVVNAzDACSwJ7Q4YFqU9VByOnFsGeUBCOcdXH+wt4Z8AGQeT5Efgi
5rj8189fP3z9Ej9Lr1/8OvT64a9Dvx769aB89vT1Mj5dwl9zaPUSvz+Rv5ZeP8N3S/hk7tfh15fR9in+
mf31KHo4+vrHX4/+egDfPsLvj/Dfy+zj9ezrq/j3InrCU6+vvb6Fz5++voS2B9Huinz6Av0/fH0eP2fw
c/nXQ/h8Fu97+voC3v/09fzrl/jsBf65gecOvX729sDb8Tc33468HX5zFz/zbw+9PYy/x97MvpnBN3fx
/ZG3o2/H3h5+O4yfQ/iEv4++uffmMX4//OY2nh2VPsbfHsQzo/jsF/R0j79J23H8fhht+d9Db55Ir8No
P/x25M3P+GwcbUbeTMkTw/jmCd7+BNjdJNh4HQWwphOY5bCDsTtAdbT6CTkKxIcxvzXU/rTsAX9AQ7At
fLfow3ImqIyrNHOhooHyYG0BkcFMh0iIPeA/owFq0yo9BobuAgNypBEHc38Qv9Bki60ABjCk5Q47uwqJ
DuyD9+o4hmEcQveqQpQm9AsAWCYBrcFAzP4ENgmkGYxQoMO4JO4FI7Y5qYew2YVZ6qbGhdET0+gLCjRj
CNFggwiVKXolYLcr2jsVvLvmU7PSW2AAv0PaoewerwfagJ4BHAI+gJJ/F4CxE/OAiR3Frq5SQdOQhkYr
+aEq4gnoUj8Blkw1vRn4ArgGqlPvSyJAVyJk9IxP8WyYAMQbU0j9IBHTF0pAA32lXg3M6NG8Dj1DUxP/
xdKVYQrT5WLAmlBrUMdoDOhDV4BHP0WIVRvQQLmmXPT3wbzGgMII6C+m5wXYFDgLOlIFMQzsmBat+TaF
fsaSVHU5ragQWpquC1/8C9DO0PZeARzpwrRxKVqw4sDo5QB2USjGzyBEjaZDx9CbYjx2DRER6wKmD2s+
Tcowk/AsXmew2El5kO4ZTtoD6bnEYgmXM60ksCcoVOKEzpTaDkiGflpwMX1L2FBYqoGqaSKPuMZ31FIx
07lMLhY2webFDkAt6aqaVmkeG1WtBrVPub8F4KpSWoVwpJ+E1IResKaG5rjBBsUQUNhaCsJ+ulpophFw
AxqYFI9VlTyL7klbIb0uIYmGviPt7SWxcuDmY3IARFsIfEBvToSFLSrQL/1KNZWCCLlbBtMPNH0V7Zyg
R2+W8QB3a7DKAhpLKulLYb4mZfooYFeakIMu0E3gRvQn0BnHCWp6RIxbc/lvgGM6WAwla/8gtxl4TodV
X7uE9X5QxEQ1zUpyHvS8X4HJqkgdPoxAwh40BynTZadJPWC/1C0XuM5xVAMqMv0amwcUg/mRLMBgDlcC
YD0py44SXdWiYhEk4UZVzcWEiQUWB3rgTluvHMRCTH8I9EecxERTCrY4phqF2FARMjAxCHd7KTI+I9WB
Vqu1yHVhaupishW43ZRBxQnXACYlGYd+N5PGgDtFvpIEjI3mWqVJ1IndSXSe9leFTAJjTwX/Q8oxeBmm
CnSLJR7Ep3gvzd4QUtCnc8Itf8X+6IqEhIzdMsGPpqfP0M1ovCgtwJKqhW4CbqIVHg1iL3WxRjaA9QKz
mHYpKGEAGwrepbfS7CBf9lJyEXjX+sTTCDsqAM5zdQct8F6KzSr4M6DfBSCXEkEkNQx4CnPrBDX09Bi6
5IyicwKbZzSRK+V4KIPGBlSxhPgzoYvV0MfGb2tkMNjk2HxDXy8Fd0zuDkswoLf0cMtKBN3tlRTyl5vs
7SFzol3oJRGkD2CE722gA7RAjwg9fuylCCPNJ3kHgXh8a8U1/xqMJrR12tthgimPBlqpVk12UcrTWu3c
RWKlLzjn0rqDdAwTceXCvMj1kImB+NUAnRiwhP392pQAPBIM972eOKJjGN/W2MFG0R2ENJ4bU3f4JRjR
g5DQngIBY0GM7qFHRofffN377h+3/LmTWHffNyRqKAIMLewD5fepfXlFq8GAZcp0vTn0HRO8Q56G0Kah
Gsj10AkQiteL3kSQBVYD8j6Ke6l7iDKxgxAK9BObPlUV8RDA7PZBc+CUWFHlYB6bexRsOGAvMCO4KFa5
tvb2v9MFauiHMnQcmz1kYswyKVPnhXRO/MVgAAmYlyQI8EUJl9D9WsTOaKiywVwP1h+MHaeUsVD0f6M+
303JkA91wi1pgflcc75roUeSHnNDtxZJBavtgQa+5WInsfgMC1FMxz9kB4YLYUu/SEKq1H68mSaV+LPp
0zM7yNjgbkg4SnSeExg6lOgIxVrT510hu1CrUZ76RtzbXkrRrPcpU4zB7XSPbPz+ezFUqjmMFZtHt0Qu
onuhqxC39xQxr9jQJ+fpalJ27AkA2NSllOdpgzgvOyFjSiHdVGaQo+JoOyFcunN0X0NlYUafY+ZOPp/v
agd0DUsFTpqHIA49h508VgB5x3EN0gLErovUFSX9Dc9B8hXSBmCIwrfYripPUOSgoKs9iXvo/jEcvKNA
IRRANHUDiLB94BI6Dco8pTFUuC59zY6BEDeAaqG4ho2zAZRKJ7r3DTEEXZ9GsDtJqF9OYoQZyecenQCd
g1QnmJvRG1o7c852wiM8mu7rozu+CpkY0MnT09rpFze0Uch6CsAR8Mro3YRWmD3PXfZps5eqEkqCk9GV
noKKcz15E7vdCSUDBFh3ziU6LIPWapvfE9GXpFUfdFkjDquC6TEJkIb4qg1lRx4CXfP4QAf0D5p215h2
nkB08ogCAiUtFgs+OqVn39D919EPTlOwY9e10KsPTKNT3e1890PnR+IF5JHKd7R/FQ+bXM7XB1mVebzl
xORnglRDz3KupspR1Epn+TYiUJ5WGTDiph7YQGmJDmax0rtps5gfWrGCdHR2VilV6FI0PF8wHfs+6Ojg
qUFO/LgFqo5EYcEqPkQZ0VsAButqp3MZM4JwauPmkaTymEfLHypkEgf2/p93b/vvrvY4Kum4SLf+DvLM
ZjpMechj6EnqAmMmCX3xZjPHAggW9rc633/vBPQM8jQn+GMHRJoDcnJ4bucNcsUp4Dr71Nb/96DxQdVd
9NzHgA41HnvAfiP8xYJVE+qZ7ZSdrc473Y5HzEqvB10tFaijfl2rwLwMeKKWpxvbqRI7g6fDGj2Jhggn
t4nLMUhATg9WpXfvtq/2krYcHzg23OjAlqc7oYUANz/gAwyIKxXyJQRfQsvwAIzQOgqr5F/yTEvUBtzC
Uwk5ajHUlA6dbyG9Lt8pLyro9dxM3+ve1EGF0MnjOie/OV/xeYiWo9sbUAPbs4OYqwBxqDdzpNjk1j/x
l+/pxAb/QROXyeKbNnfkHKpYiL6edS1UEN2eDxBAjscXWHDKzpY/FotFMBEgCxFejvAByhqPtdL7vEl4
ATirGlqHM+whbsUhHlW4XMQcJy2nQ6YNvNbm0dBqeTdIOul5NVvf++gfXTy7bYtTMBpPnhwqSKD1fjEV
qqbbyeU6oQygj7hqm3giAfGvQrrRI0rD7qj7PzbvdiiNYJoXdJdfKTn4yfVsdIp9hr85Oa7f53uj6nae
2OVCPRjUdmJP+t39WrCyHxArk0ne7ymqb3M9+8ttbripA7vZtinX2kkU3s3TQui3NKhRlhg6kzqxel3v
0GMRODz0gLJbJ7vv9NGWIMc73K08OHddyyBxCc8+TEpx4/GoowCm6U/IW+CjnMMzWuBnDI1OEPD3t6DR
NKr4JoItAhnqaTnboWfEVFMaoK9mIzpNXl1PfEhcoIBE0SciMJ6nk6DMFHKGfpSYQ1PorAKRCrhagcqK
1Lfpqyl6VYx59TiIVC31VFHz+IHeEACjhHZmhFElkaGHxQgF84w2UvR2BGmJR2S1iEeT1gGCFSECAF0Y
+lQ5PoUBvZoyHIsCQEs9cdrQeo+AfHVIvAi7ySPDEuzp+NV1wCLO2PXjvsiI20bFRFaAFmk1KtONKmSA
t0FnAJpHUO/KhDzGJzTTnKoCB2oerfniB4IocX1VBLTk8ZEPuIeFrUJSRIUU0yS6jhVILOCfiigSKCfe
j34LNOIwBJABXvTqcSXiJKM+/glc82qhzCZcgxrgv6sqaR8wMtBQXEypSPCiqAT7QPkl4OIBrgsdWAB8
WHzuJZa3gveAtqCvsXd0WYVhBAEGAOVizOAeumANFsenU6oMTRabCKAXK4VVBTO+ehxCcu2P6FgQ35QZ
4JhVNaphpCFBFhiOn0Uu2DmW4yPYSBgLhYjLx+jWMvSShCSa8NV12ny+2ECwnUBGrgxX0ZYMSBuYO+wA
DAOrAXStCZN1FZoYapHd4GnGQtAtBnRLLxpoqBTQ88ZXYyEqCiKZ1rFdwNAHVX9r32EUjSA3KtOpN+Cr
PghfIOhX96lzSPIxbGLQTZ8CeYOeYX6pgBpZB5pmMNCckj0EWI1MkPK4HpuMrgKuG56ghR3TTyiExDAG
lwedA3g5RgUi8aIBYCZDt59RlULEQ1uP7XxFbCu8oEwKqx0AuQ+rC9lPIw7T812FxXg11RfxVdgypYWn
KArABn5sUh1wBJEpiseGHkZut0yQ6wjLnf4o7qqCRRYRlinSbkLdEGif4ReFKKALE6sGIgT44oBeHZB9
cxkHgydga4AY2CMHdJ07jQ54LkXXJyXIfVInmZ18gplQKSkCZvzmir2VgOHRFSULaK2GdcMmBRWgy4gA
UpypNCuAUHxMi9OH7AJlYxIQ+JQlwPNVccaKwaZEqBmfx7jcMtobAOYQPPhY033TR+SoFV2y5l3aqp1e
RC2NjqHwCXpS61QDDRk652qGwxd1UeChTBxrgeEuT6/TKg1fkB4MW8qetAK1hadCmLqUPIQ1oEBYBtW0
AH2JpxgvAzxlSOcVsGCsGCRE55gBn8YuJhTLIWssHidYFVqghGYojlsW9wT2h07HWJcwKj9hnAvYFpYS
xwnejYK0EtLSiiEWaXGLw7BH+/RcAEiXknIR8g1mZ0wXOBYOuA5UDFlLLsYEtHjH0koFK0DLPObqaq9q
nU37YJ55Vcg6tyYqIKGVTxYFhLfSBHoXkgTWHLBEyRPjUhxdRpyEQFI+dnpQzPWqBjFqMl6pBgmZEuvS
kVAEc8eMM0IPrlBSVCwCBoMNMUA6EKFi00KFbgj6AsXJatIqo3+A0QKYS3QTeeLgBTwr86Q6lf7LoNRB
EA1mKj5b82WhT7uJuAWN9faCrCFb3HIscVsVjBAET59dWWgspLLFODFHiHuQGucKfvs2VXTkJZQ5dLAZ
OiC5g5yFxLTwoArjh1lJKxtrFfFwGRYU+sHSf0aZg+kkdEphbSm2K0TwGrJZM2pIe0lUKgVa3NCga54e
k25914UiBRURV1Vq1GSDKklgjcjhdVIUJ3dZsCWjm3I9jGnTHui9mAbCyTWxVcVjwn0HLYC2XAyH0qlk
/ZBG73MZhkIPQIn7ivGUZTGKUPOJuMSth9tgvzA2KAfoJ8Z5RPEAKVN/JStGNgeBkSkJLqiHXczEMHoA
gFs2I+cQ/NEpo5OSeHjIUyQg0CTQWZEgoQYRGlRE0NBb7MJMJrf6ocTbKVLLDnHeRbLL4s+FVPG8QO/i
CSTF4SAdmCXl1irC49jstFRmbJcWsK3pgy/5IcetoJl8vgsKwSUWhwCRswJP/GSE9ox9URx/JOepQj81
MREZDgE159LehBwAv5c9TUkdCy2BY4kBUoiLpMJYwZovnknhNS2ue/OFyBYvpXyw3kQ5OzCM+tIeIYV1
LMEU8gNwLlavRG87z3cLwjt05TEaC6xjPhbZRZ8sLSN6Vl1Zq4J4WYFiY1UFHWD3rC8MwoN0DkiX1DAL
0l4VlmPSZgdRpbytMOSnRI8jFHwKcQxZz/gWgB/03evGfjXBGOicJ5HSqoHI83xyKh1hJHvOsU28CFhH
rAOoEAJBCQ3wJEV7dK5ob4esIRaYDrQynRUqYHwh4wlzDuwbyA2uCWz37+i1wQCL/r5Ijgs+ETrPMzxm
gwvhQQogvgBcw+QDBdRV/kokYSIz4jkG+TyBDPKE/rcLp8P6SJOauIYp30pR0isSTFHSA6kJRUMqcbRW
I4hFnHAHY81vPhcJL1oItE33fK/oAhHzhiPQ3rthwVQ76dQ3Wgxxh6o69LrotnV4Pu7LeU13DswKbCHR
fcBKAxI9QWtoq7O3rB2PHrWSnEuZ7bs+/vQL53OwBPUyHfWu2ANlkcxKTIpP5S0UPInZVcFm616RpeB3
cIOHv93EHguAd8DpvcIX+ZaWL0Nx6miPJkuuZw9wuF8VZ5YpS2QCdg09fClSIpa1FyI2ofgTe0XaeJpO
G7pvg5qzQedL+YIuM+4iIp1gIiAcngNoiQLED0+dxLWbGMJCmZVv7PGTt4UG/veEdJ6it9Wt8QQISk5i
X2HQ72eUHqW90E9PQdcg/drE/0/pVE1EG3rEM6HeHUV0CChGf4pDpOUbiuyceGBFDhuTc9phw+XFGosk
MlUoIf5yH6PROD5sMKSZPyCcGxYlymqndcfSHs2papXaDMyT65HDRcMY137DCGAxwVx6bKFtMGeMVm+D
UgdK5LIRBGM/94iG7SrEGMsglUssp3Til9He99/TLcT553p8q8XAY6pGzs/1MNYI8kSHsD8h11LKEIC4
UNz8ZhM9g9+L+uEa4iM5TcnRc4O3k4g6ORMlukwFm+SMgZ+AyGMelBSxHMlWcTw4cuKV3yZaQA6WjLHH
fZQb3ifWuU9/YPz13t1tH+Xk6NHZLlog7/wd6IYHhX4k/mLgt5CxQTHQZtL336lEqpA+xdcCBAUBnwAF
gQ9g2ZS442RNekmc73wTKyy0qgl6cfFKeg1zPWWRGFwMHuaRv+UIych5aqcsgyfO1y5YCsLd3MO2Nka2
QkL5SQ2TYbQInlepeMOcTXKaERUS+qeJ04wSV9dG59PQpaNEezXhIAc6BPpFDo7zlOjakxOh2jck1vxu
QXR0XGvvc9GYgdGOX9wjmA173a9rrZ0SSyumdUmwmRwvm52CgX9gkO53YB80344+u9qLQuFyspkvCh6W
MwrTJZ5eHtw4HVV8VlEgOgxLTOAYZgBsN8EnnpzHGUbN+OH74oyiUwicRTsgzBMQbVADKhEbAKv3jUxJ
KMEIbyo5Kd5YFO0m6Eti0WkBY5gbhDviXsGBpF327NVyPS3/SWG3t8xthubBTPsIaWqMZe9q51FvsQYc
iy582DNxTY5wu3eIFBVHnKPkhOUbgXE8hlUe5dIAdLGLtZXzlpZesQ6cnXQGuwQmsZz8G/Foe9vovnYY
wRvUvH+fL+d6mAPAcVLgyWm6odmcGolHoJPyn//qlDiEfCmF8RMDHzDSlSPcytNZ7X1JcOHwWCPnQMql
PJHBJsNE4GGYnDVjlQBTisAu0Gg7rCUGgxlSVI6Ee0X7tLT8HVI5USCbWKIDtuJBRlfHRCeJrF6u1fmT
k5Md7ymk5Ag5xzWfi46mxiGSrAoEpEzmMVWuZ0DCDsQGjuUsExoKYIWWYELXWiLYHpsHzRSqgZ5+hj8b
yo1cjxxNm245H5YDYacsvXVYhm9p+TR0HAmT2AM7td9vk0XEOyAHt4vGl7NBp01oabPIHOZI5Ho6xOX6
pUi5NhFPFdIVCIN0y3hGp0PY0ZHgCCPWQasW64/o248ZG5dzHGskSM9twvzQX7v2VbfKkSpzJvyQRjsQ
IwM5jJxrrJOjb6flD+TBHgaH/QGfez0t8m1LQZUZNxRzk0qMtAVPlmDRVmWOJq7i3xIxM7YyN1U/N9qY
Hlp5eboxf2D1lzMry9frB2bweTb5sj52amXxwcrc0Mrcz9nwg2xirjF9vXFypDm9kF2ezCZmVhZv1y8d
z8av188/Wz3/BM1WFhZWFu5mpw80R3/Ons+uvDiwMvdT/ertxqWj2fPbKy8vNQ+caTxerD+6Xr90pPHy
VOOXi/UjQ/i9OXMY3fK9y4c4pF+uNc7cq489X71zbvX6Uz44NFwfR8uZ1fPTqzcuNCbnsuHHK3NHmy9f
1k9eajy5sfJyGY80X2JUz7JL9xoLyytzi2jZfHq4fu5i8+7I6o1T2eSV7Nbx+uN72cgxvn3xUv3Ms+b5
iWxkOJuer5+41zx+Mps7mF1aqD8bwzo07i9gXtnEqWzu0Mri0Mr8WHb7ZTZxtHHmav3JYja51Dgyym9n
z2Z3DtavXKofOVrHs+cerp5frF8awi/1c/PZi4ns2PmVhQf1iZMrS5Mc9sKJ+uST7NZPzeWLWDQsSGPx
auPq7dUDp+tzc/WxiWx+OTs1ng0/W1k8h/6b1+9l00ey4XuNB7IdL37KTl1oLk82rx9rHJzPRhcbR8bq
lw81zjzNpk6uzJ1rnD3WnF5qTl/Pho83n8zXz15sHnyUjV/Lhm9z2OP30C12Njs7gp3Kjv+UTd9onHiI
RVuZG68/fY65rLw8mz1/1FicaODZe0PNmTuNxZHGraXs2ELj4mL28mz90gPs3eqloeadAyuLz+vXXtTP
zNSPHQDZrF4cXj29VD9xG79n08+yxQUMpg4CmDi6emG4ObNYf3w2Wzq68vJ44+U0XlF/emJ16Ej96H2s
Rv3a8+zl6ezI8WxspDG7WD/xI+aYTV5bmQNd3apfOI1VzU6eWL36eGUeMz3ePPRydQjLOIpmoLTG3VMg
ElAmPsdLs1uj2ckxEE926y5GgvFj6RrXzjTuP1uZO432WNLVQ/dWr883Jqfx9tXRY83lC/ULM9mLoezu
0fqh4WzkKVa1efgUaJJ0dfpA48ixbG46G7+PT7Jj50hdCyfZ/9Qd/H9l/lp26WF2eaj+dKJ5d6w+fhYN
QPmNe0exUPXZg/WhE6Ai8Es2dDEbv4pxgkrxFQaAWaNxc3omu3oCRAjKwUJxT1/O1o9ONg9cyG4+rF84
sbK4yN05cDtbeF4/+7B+fLqxdILcOvuy+fLOyuLRxuLxlZcjmAVX7OkB0CpYElwGbuVcZi7XLyw1bi2Q
kBYms+NnsRFgW1AU1rx+5STHP7lUPz8MUsTIs+HnmBc6AZVmY+fBNdjHbO4cKC2bGWlcOwC2It2euJuN
PeOzxxayqwsgD6wtRoX2IKrV0eOcI6h34Vh27lL9wQ1QL6gRXWGRyQULk82hQ82Zs6B2kuLV+eb0FAZM
gjyznC1cqo9huxcaJ2ayG4dW71ysz81kJ49xGe/NghLw1OoQRM1QNv0T927iFDf99IH6tdFsdERed6J5
92Y28hgjxMKKTDuK/rOJ8eaTm1jS+tg5SBgwAmTOyuJNcFzj7gwWJLsNbl3AOnOmZ4ayM9PZKIbxsHFn
ERImWzgDmYNlQXtQI4bUeHGuuQTBchXcB7nXnLlBKsXWXwL/PqZwuHI4WxoD79d/nKqfWWosHm4sjmKO
jalzjckn4BqQRDY+Wb98G3RVv3hw9dxpCs+xh41DU6vn76GT1TPToF6s8+rlK9ncXPPobHNmqnFxKVu4
k80dq1+aJD3cflyfOdNcOtTgGEaadw9zZciJ0yT48/fqh0GfBxqPlrKX9+vnIcYpnVZ/uUBpcw+Ca371
8g3s4+roqezWYch8iJfViydBipB4q6efgd3IKZjU2MjKwi+NI/fJGosTzZO3688hYa5xhNPPsLONu8dB
ciKHn2NSZLrx69Qmp8ab0w8hSah9Fo82n9xbHZ1onHlOUnw5m50+nr04SxUwfhstMWbuxfIvq0NXsx/v
YVW59Q9/giTHRBpnHjdnSKX1a9exI82Z29mJkWziUTbxM7iguXwGYr/5ZGpl/mF28njj7kMRJiOgKDLg
zBPyFMTywpls6r7Iz9PUL/eOZgsToJPm2IP6pUPZ6evsjZv4LJs+tLJ8uT5+qzkEmXNmZXE8u3W/8fP5
bOImRGt96EBj/Bn/fWQ+G/ulOX0Lr8uWh1evL0LmQyNkDyf40rFT2RCplN/+/CP0b3ZsuH70werBm5AP
eC8lIeTnyDDF0UlMbZ6cDv69O4KZrl68Acak3lwexVAbZ2ahU0iokJyjC7LOx/FVfeompDomWL9wtX52
eGXhKOiH+vfaKOZI+T9+vbl0GpyIN4L8sOON60PQFxRlCyNkmcWFxhTo+TS0GxXQyUOQtyQqKJexH7OZ
eby3eQT8PkONPHKM/AtZcelq46fDfPaXo42pI42FuxDm2RWIponVn49l01fI42PPMH0MFVAB42lMLQm/
H81OXM3GJuvnr1FNQAMCEgwdJa4Ad4+N1o+NZsfPkwvOT61OjmSTN0QnCnNBrU9eq0/dagzfBZXWn89m
lx5jjiQ56NPnV4TOr4LIMR7okeYy5vUCCoLMTnl4GpwreoS6hmpl5jBUW/PukWzpPDnl+Amqs4WpbPoY
iKd++Cq/mj7SvDmMBuDQ1YPT1BEQgwt3Vm9eJQq6+LJx+Fnz5QOilPHb7G36IZEMZPt1vPcYGJ+79vAU
xchpSLBLzdvL4ERs4urwj9nCeTwOfbeyeKH+YAkSAOqeUgu7PH2MApbI5Bw0HTTp6o2RbOYFURbme2wR
FAK5wf8vTmTDc1zVyWvZ/ONsAlxwGFyZ3bgCPq1fPgl0RLK8cWVl/ije1TxATVo/O4YdJ23PPwEwg7Ij
xYIgwbYzR4A3oLZWlqfrZ+aziYMrcyfqR05nxx+CQyGNKeVuPGzePUhwMnWBYOzRUuP2leaJ57JQ9zHZ
xuLdxuLUystrwCGU/9CJ964DKUGUEW9ABt66ujo53Lx4on4a6uzS6s0TwBjkx6fPoeVJny9PA9U0rk4R
sl6+jpWvP1psnDvfXD5JhLNwF7OAuofEw7I0x4Bgx0CZxJ+TV4EQyFZnJ1aBoEjbh/EKoseHhyi0H48S
MQLBjt9rPrkKBZGNgE/R1TLAJ6i3fu4l4c3E+eb0PSwOeRYIeeL46p0xoqwXCxS/Q3ebxw5lYHkg5KMX
V16cWj3/COsJIqSWuXS8eXeIgn3iIB4Bs0BIkgexv8uXmzPAUUsr83fA4NyIp0ehGRt3idzA4FwcKLLp
n5oHrzduU+/Uz00BiQFdUAdhhcevgHewm8Cuq6OjnNfJ21BeRCPYu8lpstvYLDRv/dRhootLR6h/b402
b74kqoEgvbSApYPWy6bOg7yx0ZCfFPIjYNhTRE2Xb5AjgB4pD69AsLC3h09AYKBe4aZxYJjmwxv4f/3i
NLiJUmUOZDO+8uIapcHYL/WpY/XJR/Wjt0WPTBI2Dx8nB038TI15/hkV8ePR5r3x5tIS+Aucwh2cvkEY
OXQAvQF4410wGWiVPHkC6d149gi4lMgfGmr0Z7APmB3vgpYB1AG5rl6+z/1aoIalHAbdvoACugn9no1d
W714i4s/NtccP4iFAm7BjtQfXK+fnYPKzh6eoiYd+xE4DZqxfkRGBX48eYIIcPievPcpZMvKy8dQOo2p
M1ANRBrLl1d/ugShhxfVbw6BxrAX2DvoAkyz/uhHbjRk9dxc48xPzdHHHM/JEWJCID3oSkCaW4DEz/DS
5pXj2fxc484EMT9Q1ssbVGSjI8C6lCeArLBxxh7Why7XD4EIT1CPHJ8AF0ATYWrEz7dfgjtowhw7AlFJ
UoQEm4e5dIkE9uIX0Ay2m8bLEUiPwyBFbHf98jJoFSANIguMRnPpwmnMjpBvHJwySRENm+L4KBacanrh
DvfryH3y1NknAKIY3urQNUpO0tj51av3IU+aT+bYDyaIrZycWz1/idIY2uHlLDUdrCrIc+CZ6XmuMJZr
XKyky9chD2kqAj1Oc2tA8AJynmWzw2AcSM7m8hUwKRRQdhx24hIepGnw/G52+zZEBK0YaD0YsJdvW5MW
NAzaI81AmULpQNqPX+Hig6nvjEGjYYPAX6tnLmKjOYWTY8B7EOnZ0AsQGCc7eapx+Sb0MkQTrbCFn6Ge
Vi9QnVGiHlmuHx2GmF09uywct0AUAYsJWhi2yeITcBmEc31+KXt+J5t4DO5eWXwJEoKmAIvBqoL2h6yj
UQbaOHM1OwXz6ia4CfCVNjjo5wWoYr555BFIDvPCvtNUBDdBYsDAPwz6OU5RP3yX2wdNCsG4fJJkA6G0
fL75+CYx2zMA8tHs0lVC5acX67NXYdlRAZ24R+gLow/jvzxFfXrkLq0zkOXQNUgbgha0mV8WW3KhPjHR
XH6YTVyAlUSWX7xKfj8ivHDxfnNmiRDrGCU2cSMsOLz0xCJ10JHjsMppHcw/ARXVLx/E2EADK3MvQb1U
3xeh3Ubql37mHCFvaaTAzr0JCUMsdGQsu3y+ufALdgHzzRZGMGzgdhKe8Avt8UtXm7Py+SHYApcIdw9O
N6ZnAS1op88ehBLMJs5BllIbwlCdnMPKg7WJisdGVn+8CrsGfzauTxNXQ1YvHaVldHkIVkP9CiyFi80Z
IKJpoqDpy80nlyFRCVpunsDc6yfEWoeFNfNjNn0NPAKxQ7h1/2zzl3ONc0v4CoYJJQNGAsH7y0Vq0sPL
jV9u12cmRKRMZbcsR4/gE2qfW/frT26DrYgkJx42DtwERQGjYsr0n8z9DH2UTV+gOwImA5D/5BzV9NiF
xtnbhL54aglm3RiNo6VlAunJKVAg7dCx5Wz2aP3aBMURjESsNshm9Enj5wOkqAOnBYg+EHfKaTBF/fpN
Uuz4YwiTbOJOdusc+Xf4EPA8TQAChgvAbNnkpGjn682fgdJPrP50snH3ANaKy3X3MFRn/dlY88l8NjwL
LsuWLwA40UkFI3TuDvf95HFMtnHxBX0jL4ZgSVGNUrOfF01BSoPEgE1By1EsOPyO3mCtiIl6FTqagJ9o
kz4oohQggctXoaqw1+ACyrFh+iiwOFRGLy407g5hGQH8sCYQoasHxutjj0hFEzfp21m4lT2cJepYvgzz
XCwIMPJBvJqyhZiKLrJsdpYkB3V5+Cq4tT49Toq6fqV+8lL28Gg2C2V6ggba2PPmkxu0lW4+XL0K2EZ3
ED4hnLv8E+XG/COYRZgdRRww1eQ4LeiLp/DJKvj92DCkuvjQntESfDpJCAdD4OikCJxjGAxl2oWZxqUX
jcvYC0CUJ9k9KIhJIkmsz/Ff6Dp4caF+6BrIMrs5SmE4PNs8MkMn2PAwXTQP7mDHVy8CJz/DXIhegEAm
ZmCT4nXQkvQ8wHKBdUkbZIkegxsv0M/Ki/MAvfXzE/SDwVrEpmDjsNFT6HAGlLM6dJAC9sRV7DVAF8Ug
Ojk3CloCtG4sLkPKNe4RBTUWx7BiNDqO3IcdRx/LyUuNowCBk9jxlbnbFHoP55rLl7KRi5zypSOwZBu/
YJ2PwH5pzl4HmWGhOPLbLxuLl/FhdvwADdvlQ83lSUwKhgD0EZ1OLy5k48tsicE/uNl8OpHNw0I5Q2cm
cAKY6+Qp0Q4PKaiBu6aXgBUhc/iWp4eBYMk1156s/jTRuDxE6XTrLp2BF2bqM2dJIRcXKKuPnSOXTR8j
42Czrp6A8KT5A/ELpX/kNORt48wN+jfuHBQP1T1af8uXG4BYk9caT65RPgBbAnsfvEdcNLlEb+ThSVE9
4JGbUFsCmWjjU4NPH6mf+LEO4Dd7ZHX0mEi5SZhvNGzvL6zeOQfwTIvj3OHV+7NE13NH0YbrMALrnvwC
M3xl/sjqhcfZ8BHsPv1RLw6uLExnIwAGRxsn7lPHLd3CvhNDPjwFpQw6oT1+b5Zae/g5um2cWQRoIXp5
TKMV6p5YFED60EvQNh131x9QR8OyuHS0Pjdcv/1T/eSVxoNT9BJfO7C6SFQGyiHZz15tHp3AdhOdzi02
pq+vXnhWn37avLeYjYw3lhebM6cghME42YGfiIhevFiZP0Gjb3qGW/b8duPoUH346Mo8AOdc48QMmfoq
xNEi13z5KdHIFTp7geK4krCUjy1jOm7KMA4dDviM6/Ni35MQydgPfdePEl9XqlE1ir9NtZsyUIUnnl4k
AbOhBGwa1juIlQTOhmFUKcRa4mfDqo6ZhKUYvyohpcb1U095cs4eqTREn9KP8eQTiZqPq7HGe40uvVoI
JY7UDESM5ZDAUsN0klCVVYG5yyU5SGNIrpHQQg6b0Sjfpn7VBj4aia01KiiloXKjONaRTe5kSK8fqzj2
C4w+RG9lGbnmATgPMjhOVSn4axGJjDtlqLlhoN+rqVArxu242gbhSuyohOYWFENwY4mFxXhSxulJbE9U
YcBmMMBoQH6O+coqGQnANRKkG0pVACWRvIbnUIxm5im7p5nPHRV5xiaRnkbiYSJmTvhKgjM5R6yYG1Wq
NnNbG4n24a7FeIEv4Zk8v7WRkLHEfxqP8TeYY+z6qhp5GASztZPI8zlQ/F4IJKiYUQKYa8D6HX7kxr7x
sZvMQ8JOpewBv+siKQSrEmNlJb1KawZGRRJALRHKnpIeVFTk6mEF0FS38eCcK6OMnJUbiVWLGLNk+2c0
KFYqkrhBI1HXBpP1GWXLnBEJozax2v/qMd5Z8DnTlDFuUaC9KNEh9heTfbVgJDqP0bJ+qBjXhPFyZZTL
sKbIfXXd8/dL3Cdj//CUZHsp7v5+UrgfRNhFjpkkH7+6v8/HO149rur9pCpPDbya8nSkB3h2WVXMAq5o
hpAzlJVpQEyXKL667vqBqwp4SCKCJXzVQ594OupTVcxCgmFNQShEIqeNhNHGEi0cFmW1sdfccYb6GknX
5Uwx94IfFFREjgDhkCsNY5iUxDd60esnrxd/nfh1VLLkF14/xM8cs95/PS6fPPr1gOTKP8bvy78O4fOD
0ubpr0fwc0jy6n+ST2bx23PJqV+0mfavf5RnlyULf4q9SY8vfh3Fpy+YrY+/F/lvZvHj2SXJ6n+M1mvf
vz7Dsb2+yvfyO/QnGfySYf/i9YL091j6f8TeZWwvXl9/fe/1Sfz3IZ69a2chzz6Sb/Ekxn1DxvxEPuNb
X8h8Zdb49kf5BG/5dVhmzb5ZY4Atn+Cfl+j5R/vGtbEx1//H30eIZw+s9cA2Q+hx9t8VA+bwxEtZ0yvy
D9d6RN7+UNrYOgasLLAklQOW0DPHaesXLP16AL09+e3W2d9uj/52a/6322Py+9Bvt+bkk7O/3VqST47+
duvMb7ce/nbrZ/n3Pfl2Qhrg/8u/3ZqSp0b5ID9Bm1vy1Lz8e0QenJc2M/yF/15iGza+jd/7FHlaWl7i
//nU8G+3Hvx26478fv63W2Py1ZL8PiGdTMsb7/126+lanxzV7d//jXddkJFc+r2fIXmd9MPfn0rLe/LJ
vd/7RPsjMovp31dgWlpiDI/kkznpbVqeuiOfnJanRuTDB9JgSj55IN3+xAf51T1pc17Wdkh6G3oz//bw
2yNvbvPfb0ffPHxz982NN9NvZt/Mv5nBP3d//xw/T6Wuw8Lb8TezUslhhPUZ0J41GEbQfvbNM7Q7/PbQ
21H8fRefjr0dfntQ6jzMSyWHu/I5W7Biw8/o+SCrO6DfqTf30RPe+/YAPnuO3u7h7bPS8jZHhd+G0eIu
Ws5wtFJbYlwqScy/eYZvx98ewO9Tb36Rt3Jso+j3Jt/45sHaTEbx+2PWosB4Rt7MyJgey7tmMTvOlFUl
HrKWBFrelNoUw+jRjvhnmQlGgKdYo+IpnnqCnyl8MibVKlgN466Mlk/wPbOc1+/PYoQ30fcY5nkXT99c
+3yEb5OxcCZj+Ocgx4uWI2+mudry28/S5zDeePfNdZnduLRh66fcG1mf2bcHWR2Dq8Q1ln2ZkXHclPZY
Z+zdz1xdPDGCzx6gj2EZw8/ckzcP8Nt9rNIIWo7jrcNoz1ksvHmET0Ywh8fccRnPYanSwRW2ozuI9bkn
877LFUZPN4VGWLXjOvdExjG8tneHWNED35LmfsY3HNW9f6/6Y1mZQ/KueaGKGYwP45K3ch3mpbdR6X+U
MwfdzL55zjFIbJjkBjFGkrGnaZCUGeQaFG0EtsA6BjylVYlGlDAlj5U1pLqDRKoVlSn7UdhlY+wl5CSu
Ae5ITq9E0zNdn7rbZgKYOA1DyX6O+DirETCSV2KTmV3DPM5BHUjRReAzN9BpKKUXQs2s9n6iGxXWvBrU
qk3LNxLQN6DcGvpktHmvnRHL0aBTz5fciFhLdnIs88UbCiw/UfalaITNAzBr4cp8C8Nddcx4V0bIsPhA
mZHRgY27zytPch6lsof2BrVEOwu2dJlU7aUuy9zwL4AZhnwync1VoU2e8Ewq0xXQzNwit8y0hTSWOhbM
MmHBkQLARU2ilKV0p2K+pxRui5mYgO8qimnu2oYlGlkCAoKQWAGDKDHODyBHJzWbjyFrzVQyicn3EkCf
EtMUGGlrGJbJeLhAcncJ1kJCd4Yo1wjiMVymjDPMSYK+mFJXldSEgLFMNpdkYx86wyN4u2wn666hb/ul
3sfgWbOWW1FgvKard3GmprzD0llSjhlytUfCpR1gRFv2gaHxiRqQ6DsaCJi7pBuVdC9IgZXuiGfjmqdd
RjYxWZXJI77h/rHuB5aYxRP8hHU2GbxYkoS6gPTBlAEtLY0NdJL6GKxRIfmuLN4IeG2zHIxNyjA2PptF
u7hmJDDsAGOAfckOIWl4fonIvOq7XJ5ttuZKhcYGV14x6DewO23TZKxFpAIQLinSZk+027B4I3GdAI1a
4sYYKcv5pSZxCtpmdpi/WWpNmWwQ1DSTzjzmSDBgjQH+wmMDfgRIiYXE5xylJB0IzXe1p0HPuhYGvbKo
QCB1SSSezw8ZwcfQTabylbSyU2EBNIB6icDXXlXSDMLUvn+nnburJK3775bVGEmbMikHbOSCysEj2tvG
8iFMyaB9A9IocascG+dmg3oZx0dq2JYy6ywp6UTmLqkthkPBX3vsFrtK+NcmyDDPQJJdiOpdzfwBbrCs
tSHVwTLp3iRv+sQKAafbCfWgs8Pug01t8npJISr4wsoeyhBfSjiQScDX5IcdzG4rST2iAgsyMmTTFLTk
kkgsuPZ26jQxTOkJSfMSvx/bOjssJpMM6rXk/qBm7PxAUpx0r2VfyJcqyXNf2S/4CRN+32lr22GFh9TA
YUL1APchSiUKdC3vZS05ZoMVWtWUNqAWOd2dsyH3DgPOpTCHUMinYktyT0AFzCICm9VsYotp28Sagi2S
iBBXdlhhxeK0oc0KIoFVmVpTYoEUhklawSkx/Nr7mNQfQgozC8hjaG1c6fFhuaSeHixrS1LMBPF67Y65
KmGg/jarA2xOkS3wBG4IfT4v0kbXmOeCld/B7MBSVGbJEVX72HI4M4ZAtButCBKSAilq1qUukRkHSLuG
gYmSewXCpwAKavmWFiYL4LUOiMwD7YADtkMyYHN3UOpCSWKJHZab9NFKfxpLLeqcIxnYNo3D0L71pSgz
sxU+syK9nErCox86bAVJoPzY7MAKMp2ZGYYqKMQ2PNuXPKtAWpe2sg5vd85mTzhrSUqM9MeagZkrfsos
kH7MdluFZUjVLk9y4/9l5/651dpMS3GSSCI7u3NUpoHex6hpUkEimQcFRs4OaKn4peM2m35n0+kMazLg
cZb3xdx3gxmK0T4qNwYmQ1fRaBZhBZW1z6+klbIVcpArvhfUIJ8rUoUUVAIFj3Gy7LfEexupbYWpYATa
5lanrPYaKpPUQJ54q9NrcUjMDMVUU5ZEldpXFlZgzUQ3UiZTwKFnvE8JeeftEmyzqGSXR43sGF0iF38V
QZQnjk3nMHuU61vRzNyAtOoMSvkihrtuHdQOy35vEy25lqVhvrHZeiy5hEkrVwQEKyhj36Xohva2OhLK
m1gwVKDWNUkBO1H0E8ZFY4C9VsCzMinWDBIYHZpKJPKFdfLwH984LGjOucdGi6cEW8H61N05UXUgaFYW
GmDMP1MRuA9SubSiuaL78P6KzQeOtU0M2qrFreZhkRzWBWJ4tgIPi0oeVDUuubMtZR6rzTIzOyz4slll
RorAQY+zaJqR1BAMQipgrGupsqY1NHosqZEu641XE8FuDCSOJVnNBm3bNE4WAmOKnLN+PRkPAoRzhzIN
JIcVwhwyxKp5C7C0AlmCKZlWLeKCyWqmNS9JPpJx7K7lIUGTiGvH+sI8G9Tv2BycWIquMU6ftYr0Lgny
hzAWbb+WZLnDQj9ffGZBCFlO6JDKNn5jUyKY0kE6Y0B0rodCPCAslM6oCPBdGyBn/1oamfb+mrI8MvVR
VSrEQQtXzN4yVJxxKtF+ohtuoy9lWZjWqC0zQ8BT3G0VitpYZvkt7X0Z1CoAGt9YIWkTWY0Up8LEAKlC
313LorTpjIzPB1IUH24iwkN2xObHSpGxoFayibBSIgv0Z4vUUPGxG6sULeXnWZWi7FdZsMdnaq2ILsnO
IUxhQSIvTWSrmB3KbEQLGRP5viS8FjAZgTmE2y2eB/rle39wpDDPHgsnoSIprViyHiS2G4QBQW/TE41k
0mlvF3mHGqdIbc9UXAAe3lcAadOrZS5tdpV2WyjNPLKoyCImLB8kpYuorkPmXLJc1oaO1naWku6T6toU
F9aM6E10taxDJhDo0IkKYlRIeaZ1LZ9L5pnDFcNQc44UvbEpywZ6ZTeIvKXlc7CRY3OzjMTyYx+s1Cv6
AslYJANDo8NUyhsy6wIWiqwSCya5PowRgHRj+iwtfaxZLMDZziI5acWWJupJBn1BZhETM2qs7s7ycwq4
PNaOTaNgDRnaY+WYTkQyLdlRcrIEXEKUsmrxuhZnhzXuQOvgSZb0Nxgg3+4oI2/3wT6SWthFtujpYuV7
AAlBDutabL6esWPRdkG2EsyiF9ci4002/UDKi7U4xu5YwdbMsgmnzqCWtLyODluvDfQOIgQMpQSTyh8Q
nj5VuFPwea1CjddbOCxq6nADWRwdf70bK6iETl7XwMrbrLwWljZY4t2JfwFVMXmP9OkzNYSlgPiGbVaU
/A2wDPbnAIiRX6YUMsZlCUIViGp1uv9uhYdUCYOIdUSd2mQVr0tJYi8TkbCYzjbI39gXHVfWO383VxMo
Eo/pLgOcEdOWOwuKgsWwMDdHBglIoxgiA2tKHe4o2pS0PoFH2dlfmZIIyCGZJpLwRjVh0zRsGoizW3Jd
HKIZsm+tSnKT0ocubcWKL3URQ8cvWqMpsQlhHgkIr223UqBgs23axG7ZyoqcYvczLTsv+VO5HowMb01g
gwRarD3SvOT84Dsscuonu+WyAY95T+QL6gFlpD5ergez5DrbNFkASN4Y0MNrMZyC3DKCTVWOSK0KDdS4
1i6ZU/mihQAe9gTqjMVpoNlci9ml5IHYMrS+/ES0fZiKSPqr1FB3RFSahNAPfxal+CRlAbiSZb1Ye9MK
FGewHHG4JNKURTSkMIUByMd4ZelYMlPy3W1Ct+mVmgUOy/hzN6MKt5NICURF/YcX2aTFrkKNm+l8YSHq
HuvssCmvLKdJ9mDiEnR5L9gD/UlNt6C2h5oJEjJyeIJFyyallUyj1NgqCcwZpnYykpVseIUKlon1hGhl
KclrosUOoWOTCDe02UQsMSNyPbR6Er/aa01nW+nA7E3jfgxCCqfqOC8lNDcILmhpKVgalNJ1vIaDeZpr
lR+6v2JdjNiTbPKgVuU9KL6Yxf7vKUQtkuq09Y9pIAwkh2ZGLlIQCQZTwJXy8AIdtJuu+UOMFFPFxHZa
J5dd1patjlQClLpvPMZKIRwqYlBhq+iewvj2SXU7SW9d12KrHOT/sq8SOANyr43YaqwAxzoC3CTeqYA2
Gvi4ra2nNQ+OjTfYjD3Dy1XwAOtA4X9iVu/Xf2MaKAhF0kRB47HbnWvfY31IHrPL6UkSzJdYILhHSmk4
vLXG8cO/snJbWd5MgGlttS7JRu9RjsBg3tsQrpcrReKNzi7r4SnCtiMqI8NE8ScpzaHaNj+2NQ5kKiAb
Wi6fS5mVwOb6mT1rjqWNQFWe49i8wTX3D0vUSiZ9ESzdYktgmI/lJh1nm7Vz+GxFiZ6zlTEAEGsscSc6
QEQz2xtKLyBe37B2HCxz1smPmIQGHJzEO2y1ks9TA2Ri/m7NKxhUFcGm4r2jtsZ6fip5ohuldmZQa6ed
+40Cy8idAlKLYMO2VMoskkVBbta7tfHTUDgOkJg79ol2eEmPTQU32+Qwttbyhz+w4thOGJUaQsjaapIM
l+thajdYRnDPfr0Ndl9ZVTbY0hHfWQaqptJ1q6ixDTbrsWXntr3b/un8J3EicIXYRTQqEoxeEtfphWN1
xZrzjdT7Wy9iBrJMUjmNX9xA2PBpIsN9l5fQdDq5HqlDyxtuQC9fWh+ntkCXV+KI7GHuZlgS9ONEoZT7
FVhRrLmUfOQq65dKoPMHQ1rVrPkZDpA8hVHDEjcM3/EKEJBwzoFF3J3zmLIdVe0bEsyBFGAzZA2Mf46C
1SnBzSpwaby3doqksMmCChiCcn5A1L/4DqFet1nvK2vz6jRW1ockR9pglSAgJhpcm5ioGSPOv2JNBJFU
Xyn6ZG0M2k12WqxIkxXL0yJ76tiCK5KPiV4+k5IHznZq2KhIbSjuxZAXx1ANglL66aTsTyQ5eb1NjMw5
tpRN96CVptTyX/mlzhaZH8thcIbbsFEbHTdOpX4N6xrkeujHRL9ScNOwmB2NbBoG6e+GprFZwQ7YkC4K
wYrdTss6KXqZRFJk4Ctrse+xfuHdFmvsoaOApXmkdMXf/JiktVaQYYd1a+2xaNTmwndWCRVY60LR5fmZ
WKuOrWNitoUATGHN6nfnK+va2WWtcmt+GNdSOTYdlGKhGB0oYvW02UI0X1g8KLmgAJm/V4dQLCdkS3IY
3rJEcCLFgoxIvkKN+lbqdsf96BP0CYKsAXzSFcjv0Lmy8owXRmHjWlp6oSid9VIFeb2tumH6dY0Fw0X3
BwFT1NFSKta2dtI7qQcdW63HkVrZEKaxwwRmKaXQuTbaTvG9Qh9JnrexCbAOvRE6KPZar8puLUnbA6KE
tdRDMmV6YKGWEvqXgGRdqZlAde6wShS1p9mZ9lMq2jJBG8Ug9pNBK/J4CxE2QDmSYpzbmisnSZVvBifa
qhMtUnYoqNlaNLFrDQcyOnsXXBf22uME+jvxooDlnJNa0doWFPIANdraVSalo0n3ihXplC1dfyUlTkKp
H2CSbQHdKUqUjXg9aF4J9s315AWGel4kOKtoF4T1V9GG/hCVlHdajbfDuo5tzRvTapUNhrAG03gjHFGC
FV30yX1qDc2iX0w0L8FxeBlbXkp35uVagtAr2nLysNVYSgg8FUi+dgny2+12PsfL82JkQ/pZZFy1BUCU
I3WtWX8NS8AK9hQC4v9yCmK2xLzZzKH1TDXvsFaCw+AWwfqxVCVZK3LECgqJaKdE6gEHUeoVY7pa0Nnn
4qzYxMMu+ntgQULpbbfuYaL+SB5giNGA5VupEA/wLDXsPF6zApFhazo4UmhEe59Zv/cnUhDKkRufarw4
CH/VxNsEaSoFMyRqiBCDlehzPUZGUOJVP6DB7ZKV3cqqddjs2NZe+hjKmGdn2AAHmiZl7TXP1iMwLA7s
gFisS49lNrnF1I1YCSV2jqVIKQCAR6G5vMhNZSHLrK0vxfRZmaaYWg+UY4te9OxmuTdTo7YXONWHzfS+
tsceHK64FCIe8tgzRUecAa5OBVw4n1t72ubzt2gaE2FS0OJbgyzYwfpo/j4SEbV9xXf/2CH/I+HF9Et5
gKaOLTTmiLYFYgGxyAoCmzrdUl+Y50Cs2mH2WFDKewyIIxN5bzEV5/SA3LlUsrWYoAPExmdsFCxZqeKt
1+q8GPKYppdONIq40VzyB6tw2NJnbbwlhv4CFZJZbGY9ltIhGmvNQ2tuaBWnUWunFA62jEetbaUNT1Op
jmKfdflsySPD8qv4sZ5Z8LpDYbdD0Lax1aec7akYmms1jPZaqwDsK/Rd1axaUYo8VqXbq0qkz23CVFup
tiBYvpIKLaB0hmDJDZQQSLb0wbufsSBQEA5qhyyxw57H/TWFVDcVa6/QtUJdJScTDiS+4Vgg4mjASdXw
9RuF+GBNRWwdtIiGZDla1iehtUGrcA0mQFUQhtryVrZqmNnOGg+x1P/hATj5HqLZ0iAvz3RYfj6G3o53
WzdTH0+vYX2KLs/nrXlMaBKy3I3Dq1NsaSLWwwHfh/KfxMYk5hw5vokd1gimBMXrwkhuKBOqgwypVUCB
YhDwdgsdd9iyEIQHQL8Wj+fa/9PpeuefO8RIc7ojcY44tF3BR3K1m+dY9EuzxfxbvRjHGhcQhnhgUA4H
XWOrn/HaSpZO4Y2QFICYP5duzUcq0s1xbKm4H8Rrt8EWEiyz2Foh2jdoVZ2dmMdabfvBY44XwTSJrXM8
74iCHhzM57CfBTGIS1LxPdrKdcNa5x1xnFl3kfn+++9+6Bz0BQJERVML7fLwnNRITVJNDyeJnVVX9sYq
FUHqGFvAzhoqXWCnXkClbdYLbs3cvLUGkx3WGhSCzDl/9wOAj4pJYcUWeOdYit0q+FJbNy9XAmywxRAd
W3fQSJ2YqBiyJpoKdtiTbNayC5TcVYAFkdsAglqbdfG02SKLXe2B39PSknfEvQjGIxVD/NLRv2vNJy51
vpwBX4mtVmW1ygCkR89enAaCnmNxxrmWGwkKWK8vDSgIy2T6qN9WT9zYbYlow1rhNPGzAgFLkXfWasby
fS6VS5z/4j2rXm2tGhSL97Mz8aV72+WKVyPV+7vaCeqIbWw9RwJ4SOGyXyHV0IwoYBvFjsuzzj9Lg8Pe
5LWOnFYSmby959ET50OVxdKSmqWvrb4QdO0ze9KrHGGFT3RcEB6N/X5Qsq2HmF8r9yjF/9aOvqu8BBLs
JJ602LHy06GPEyYd0AXveKRTFEwSW0wkZ+OOw1OPCu8u9WORtNBxfvJfFvkDC0ehH9l6jc5aecA1PWFL
EtI1Sm9orpUXqW0QZ0DAw21KFFtVbW3QG/fYqAEsI+8YdOgT7845Vp/5oTgDuuwxhq1s87eerv/dDpFI
FxBPpC1YNyzIGgPeihKWO1aUeafbWY+/6Q6Va2vjBCtha8Fs3RarApAcpTDm7lp3EauLcbZyCthmKwZu
BClRb7D6Mr6jygSr7Qi4ciFLqdEZVxJ9a523UhWfYmbtLNJqPEydtbh3WAvTFq8yPdZslZWg1w/YsxDY
knqORFZgKmIV5Ktma875i2NvjklATjzqYsl2bKqtt2ikyD5GxjtE6MbwSDeEFYIS0Hl3jorInkkxzmO7
KsCeCe352JqYEXcDz2ATOYLbZgS+2kp0htznx2Rd+glpdoN+PmHF4SjcvOa5dF2iC1sk1GE5fh6dWpjW
KrfobahSmqF765MFm/01DWpYxj85OSJcHnDS7Qq0RqcT6FEsYbr6HLntdP2f1kMdWkTs2BpqVDYcjq2z
Z3i5MneFZ95qrRCo02VJimBLDiHZcgNLtoERSC4wMcC0vBI678i5mlxgIiU68Xut3fJvoSTIB4qBG/6p
vfNCLhsB9LPwYHN1n7Oluq9PbjPJy61IjrIVVPMwVIhYLD23dYtPrpP0SdUkBWPztk9HVKTTbWu3bqSt
w5vpbGFAW2CKTjIGIPE6TEcZW7PUkwKCsa3N3+JQCUdSZZWIumjphfoxpMfXoduDS051Zc8PBy2sGCyL
F5ZnXeDiQtzD+z6tL8exJ8TdoqSAIFLa9to34j9TskXONq/ix+Lu3ae9Tlv91vncxijtIV1vdChJYj8i
luIRYiwKFvzO0ondObn2hIWg7GEw0a+SmYiQFfQrwlhuPXCwWBUif96L5bCmGXgyTQzkkinW0G1RiggC
v0D2RGKk2UJpRogvpMMM7F8hbOLBii8g0fPFqb2bh7MwXsUzt8EWz6Q/sopubJyHQ2KgUqA1wSNXnjsb
dy3MgMWsfi8m10ZDDVsFKxm6uWZrT5p2q0Z3xBEGrBxb75FXMHBiiZiDIiCwD1o0Xet3jB2DjBOAFVhT
j5dVQaPtlv/lLE/n5IoH5TDJI6oZIimHd8XwEo3QHgbHFSvB0oJcwRBriWUjFANFWpjWI8GPmJiWG3a/
sEcGfmjLAUeyGH9nSdb15gt7rCpFJlUoxwm0A0Q7QmYRtNlyvTUiK7keVzSercv5HWE/KwFKDVXwoESG
5K3v35FKYRvk3qZcT8oa+rkep5cOZTotBkQFQPtCW0F/Yv8IfVnwGMIGk7anco5jjyPoMgFZbcjt/PLz
HZENOBQ+Z1yEmDnOf9mwDVtTkIfIEk8UUf0OWgjdaWFa4q0JapEhYQUGFX0ezOohHhbPl6We9aJFocGl
vq+3nSFcsG+jxJYKk1ph1i7eXBJfTHWHDSHJr9WhtmVfJVihzANYnjsy6JCyzpVeRLfxpMKxIVyMHTA0
FcpSzJDxWZwAZIONhesuWD8fDSlozO5uh26VLkuuLVJulGdZclQrzLhWfDQvGD0KqdihPvPWh8gzLFo2
oN9iFNsCsY6tVYhpyz1jkZWRtuhfnnJQSEwitHZYb72xlYA5aMyGRAqOJsrCjlpxz70jCZNOfMzInv9h
YVmUkbQL+CclDBl6IjDNHlt9U7DwADiYVz18asG6LQG+UTlyhsPHsRRfSP0/R24A0TFvfWfZbHatfq+L
OxiJ33yDLWJsUYWIGsy1zTLgHql7KUsrsCLmVlkr6Rtb/3qjxFlI2KkfeRvpc7fnt9avJoGDcri+FuPJ
2pUErrVtNhAlkXPDWr/FGqKC17WQm7AriqFXURimLFoa7LABjuLsZ0KRUGsUC5Cg1waLiuYb8aEby31l
tkRem41rNl+6PCrjZQ000iwHOPR84YGd1uug6dQjYjFlnqvxnraAJ3eBdTPhz24/kZgVBlgNUE7Y0FJR
KGvFDY0luhZrpOV9mo7Qg9b0snrzG+Xw0jGAoX6WvLehUBuJqDGxbyyBymVhvH+EK7DRRttBwcrCFITx
KnKHHNSn1IF37BmfQz4TNWGIjW0NZcfSmRE0EddskXTj2EOiPTZ+CUKGW2djyL2i3HrIg3VyhxzD+yGj
9ABUqKDpMbMucV5nxMViiV9YPvZgWmKCgkBu2HOULd7p2IrfeXZNDfaZElzBI+E0+QQLCCoQ67pQ4/Ga
tXp4Gub5Uji6IGFMNTF9AmX1mJFal4khj5VIHvS+hrEupub3utJO99e9fKbXHpPZsphGzmhBjrICeUoL
vM+etG/kdZA8h02lXqSwUxBY8NRu5co339i6rJ+oGCLPa5c7l6yME0xJ7ypjvRhwwTLzQIf9NWye+poZ
cJ6WA811LdsSVv5VcoSd2nu1aht5T3RAYwt/5XrWqmDKbYuOAlynNxzUw4WVCvbYvLWAbRECDquiOt+1
2Pgj3gfNSW8UZqT2oneUltrfef+05o67SmjiE9ZapiSSoIW1upLfWaJlHB19HkWJTeWC8I5yzA8jq9i3
MyBpkLE4ScwcR16yhZUVXcoBVOi45tpH8deGkS5d1E4E1qxL65s2GyVWtp49lsPEW2h9yh2MmgcIvI6N
/t1EbBlqbdpLcophfBtcVrQqYXtaBLiKbHnOLnG+Q17H3P9ohz0yECvHD20N0LXgcVGfAN6wbgcA9m11
fOcHXqLFEzaHHcmNOirg0VnI8F/KwfYk5bWPLGbLg/BesF5F4n95DNjmdCmnHNvrFqCsnS++3OvYcvob
ZU8UhF/s2Jr5dNMnVsOKKbmuxSr7fNlyh4yQp2A+j2dyZM5cT1QAfmL5Yp5oRzmqh6Ivih1rtIvBWjDE
pJq7H4olT9kM0lcsIp/ov/I2Lx3/D33v7ziEU1hthiBI+C/ltGNslB5GSqDxFxuMavMl1tS1U/Dl7kpR
sN05LIbMKBG7+itJt9hoK0A7toC2Y+NRBuUeWFAn/SbKqVqfVWQFfJvdwE4bemSLqTu2KrKNr9CDVauL
5YImR8qeY9LKkXiKDb4otzXHQqc9+9bh/hqDk8QxQXlF8vnOHgtxlKpawzDIV/TsiFedPvsWuWiNOlB8
6f877ejYskOJz9BREunwhz/YaFXhTEjSrt4dX326Z+9XNoDFVltvl6DzaN/22qfehtw+SQA1GwftMSfG
YoQoiw64zJbldyxANc7XdOjK2WFZSTly7JFscaHG8to8ULMHHdaw9dptIX57PVc4EAXEKHgDT/mUZdiC
Pb7/1B7Di8e4FPHAHgO1bOTYOLIu67NQnSwL3dVuy6Abia9SiUUONgUg1o6tAS783V5WjtjsVRtd+wn1
UTc9ZFxn5kUDCfxNSchf9z//1bmhmNra5Ka9R9zhdL1Bo35q10X4oesdewBkHBsSsl37fRJZBSX46ppn
w/YlI1unEKj9kNElpf0AJgqEI/62jjdFU0v1aWY/4P2JvQSmwtRgN6q+ul6S2yhhcjBIWi5Uidwk5RVU
qYQIswuSvzRQ9i4HJrWbf2fEK559vrrP+AnXV8Z+p2wOVWTT8Vmlnem+Nu5Cha8W8FykmPvtMUuYsboV
DKLASx+p2WxKfGRvkoI93Cc2kWDicrSWby5ZRV7EcuolxojKpRtMJecVfrydkTh/wIarcpzRqwVexRyJ
7oiMTW2KbJKQvcJJsk5iFqDntU5+hAHxlqSK5LhHNmPcaOsMkmu1mPeCpYppfepXs1EiYTq8MsrzS5Fc
SeHJPqAzcQ34SllnHFaC2VOllA782BYAMGu1BfiXr8XM54VETOSC8Hs1laS8SCnkvUzMOucNSBS9fVFR
9IqSbCuet/E7JRFyENKS4W6wYAyGxuj9V49DCZtKJF8WA7RJ+fbKA8Nbf1xWL3BdtoTtg6nHcnGX3J/L
qERe6hO/uk5bJ/bXKhOYytq+M0t/CjgPdBMqu+RSlAFj4e1CPu+2qjBznBLn1UIoV4RFciFYhdeEYVmV
VASQeH/GWsht2RV7bTNtMZ7W8zCdfxPkMy4LPKmAo9bSkHhpppwA8qSLThe5ozjmHaL2loDfb7LR+2za
jXjksR90olJKcqsSOdn3GIJTW0tENGtTDtYS6cz+Nol22LqWdgOcUGTujbbJCwnvx2LaPSuuJyLfbMqI
WcvW8Yhf+aAE7sp8fcnbov+JjkdGkZGemVnFUHQbR6YCGvdEnzboSMdruVxAj0YS6GjLgzoCXt9MrL+W
uyPCjup0LZfOSDIBgUZYk3QlVTASXSk5ejzXHbC3ccOYV/sZOyYRFIwvtMf04vXEiwesbHO61s6SaYAz
NoPHDwxES6KSiMK1pByvILcHsR79oFgaa/smnjY68sxadtJna/tsvTvMm7T5bXLrNd8PecsYiQo4kIEz
vycWWIUd1ORgnRk0crtrTLZQVAZFLvcAs1m0uG8lKlRuppEY+4RpRv8/W2/aJNd5XgnKu1Hd6H1fr1Pt
ZmFcqALk6Qk3qlAOECRFyNxCgKye8fQoblXeqrpEVmZ13kwASUkRAEhwEynKtkjJMm2KIkhCEAGCAAEC
IAl+gP2d/GQw5os7goSoiZnfMPOcc57nvW+yRwuqKpd73/uuz3LOedA2iFUgTqdk7CrKRPK4IFuuZAUp
0p+c3dn0bSuiEr1D0VChzEYsmGJdpVA6y1sojWIvMM5I/ilG1+YpDHz7vm07rBwIfx9mEau0DlnichPj
D6gponOw+jEPiMW3uRnsRgQB7MojZBExH/lc9syen5sQvmVDqNoGVXeveCCIbc4irqEcCrwK1UbAfB5j
6neJcpiU9XAV1WMVquJ8I6oMzBkgI5091TjQvLsxaIiaAGAH7QfIFW5YubWFc2DDSZ2qDbO8ZJvSmGEy
EQY6he/SPW2iZl04CdFj8BPC1NfsQxWJp+vS5QccGzHm1ZGQYnbf9XrnSt1fcMJZrENNN/KLZIx4u229
4LCxCXDM+h4BIuLdUHS0i4fEclCRt9VVds39vk4AGOACY42T/roH+JYdjd/dUwTxdMRy7EDwYwEdjP1D
VQGGiKyT/4lKWuujDXGfbZ4zjEggKvdR8GoRthBRd3XCcvGQt8dCtU+yMOla5fsq5ydjFRsofICeRORY
63/Qw0CLHdbFvLUVO1JAplMIIY2ixRMmbZwq1KgiT1Q16U0AAMF6Va7R9jkg8rbAlTMvdYStg/Ojy8ro
RHRpn/4PgjfNOwppdXnJDM6lETgw3I9E9apQ0JmhNrYWFG9H3bJ4oT37vdZ5sMycS904QbtBMBNRSkEm
MI6bA+znwRtHQMBO0UrJsc4yrDG4QqK+1uXXxZspCqcq3uf7hjSGVkc8rFm1Q/savB7YzR7om3GOb0P7
3CxEcqVQ2q8vupMqE1jXMQbfc3Q8cJY0uBued2IEcr/4auz/4sl0nbbdIK+D/WCltn0P+RVUBavWhbWq
gV4ilBtQBaZ//ZyZMKFj8+4hGWo9AkbsfixtX2p12dzqqj7KwrLzvBvSS2aKwiFrjVevmwTzzRHkXdXq
wvoXChXgUOzztsrMA7X9y+6GZ9S8sflmxoEQeAzXL9MFtpFhyXb+DzumWTwYdOs0R7kt3CfqRqE6Up3l
TqH6S8Ws1h1qNuJ+HpWd4fk9XEW40jqrLnV+YBBq7pOLzrODyY26f7QasK6BCgFKw9w+bOVONlbtkD3F
F0VVaqhSwJiU7b96nnEPmawlZ4445gAgKp7D9JPs51Kv5rwmrcmGjnW7SbxD4Gq1WlJkb1nzD/FFwUKF
cqh2IICLc8+B0sWmSh+OVuFh2r0dR7aH68/OY0cKdHr1I5xhHkYsdrjb6GSrrurmzMxwsdnCYfXjTZRz
73NeuIpA47B5hhOwJ+GcBNvHI4oTnMU47x8ed8l4dAr2PNLQuE7hC1gcd1TcI0i+A7epNDdJhd5Y2m1E
egbPT9RAKnlOzRcKi3ZrglUKUR9Wq50y/3Z2CjFXHRhFEiG2P4fuuZMg9iOBUpXcRe4ztiCdlQzFKRqG
Mn96kz3FHcwB3iEw0B182tqrwmGfJRYNnDJyNwqdq2uTe8yHwZnPILCNULB4HAXdOH22T1QDAf5HOD++
DkJzuRnEruE3XB1D+8DqxPUDEKjgyl7rVcdgV+53O7lXHh1yPqm9y6o7yQpXHO8io8xiPZnTimm87HIW
5qZvAgrTd6GIgnW8cAKIn9gseFBgwQ1gyVlg3xmOxutOTNrb6XAe2h9HsTsTl8GNtsuKYLZ+lPXsFL6P
drG7NqL9cV/8j6gWXW8tgi1/lz1bx710+A6oUy08W6fA3MIMErIFtEizwFX1kfsehguhW9d5aEhFH9SN
wxpntrmmiAtx2OFhq8P2WYSUsL+BrkobmLkHVmxkiFIsFK6DLTh6ezuC79ztIBm3ExtVz+wU1dDZ4V2P
cU42t4D+hmgJonhw2MBP8fNlidX8cMAI2Nu4iMg86p4hxlIovrQ3xFO0fXSW5x2ArH0PKiC1mHDj3jqO
qHlPQ3n7u05hL5w829wt/iOqHGEeNg/6Pt9xkLyWG+taDhEXdcWTpnQ7iBxJa+BdbjfRQbUHmC9Edp8Q
0dBbc5hSYSbZRm1ei2t0FGQMrdTw9OHHTZgtxfoYaj9ENgxBU+1iYCny+QvHHjcOFC6cR1bt/L3f+0//
eefuDpgT8CXdeR8WodXByo17dnkGYQQfCXPZBUGanc5BYgjA+tGxPgXduPa8t2mDoDjYLsy3dHx/m/fz
outU5WYdjEbzR2dm9hGggBpI2McYPFqCCMDqoJvwmp1lRJdwLrnADIDbI2w0D9vkRhCNoGx7Dgexz0Oc
hFxO28exjzpbsRFZcmabyDuYF1Lb8Wj84mggZMbSAnHUy4PDPcQDSie/IR5HVvcup5q6AkLzVZ+3rn3R
LWaP2ka3UcwXej7YIdjHaE/ViWw9dImVwudT4QSLjgtWFK6vgiAN7cNFlyRYdHJWoCG0r5W9OZ9/gaCf
F3WiY94FKTfLHt4DSmDVdneg3qBNMdqw+WgP0qVD01T/Eaa33c58OsLyWLzW7s/VxvZLGMXBpIGmKdis
sjtw6ksHcQyzc3pLng53LuHSkidRvgHJmK3mWy4d0rh4REzLwpmdBctu92HfK8+5tKL4ZM/pUIVvuIWz
5p2/3CwpllqEzoIrsYAWaHu8QFmwq+Tf9yY7XIxiVB4jtQI0ELzv7Z5xzYkGu/z45tlGtZkPDQp3VDW/
ts+Y2YT6qhPbNa0L64ZetdnRazbJJ0BoDoa97h1AN/W6YGr4cO0NeRz3tze3ji0C9L2zcF62i/40/jzd
I6XsdTs3NrdYBVnxAaR5SKoSfTy2yV28D+e30NFLTqjcH/EdBFDW6mMzvlD8eCuWfMN3mYyG+THA5iUH
UxRuWLl5U5Bibvs20z+QNnA1mOAiMhOGeSTdn/VguwvWYd9xGaXCet5sgmXZQcjjqv4eFg3tI5FLFZdA
UzUtG9+35lW18wBrk1r/T+AUxPt2747rJe1glqRuClf1aNhPNk4uPYB5Yz5KH06vbfY2I4UN2oudDjbi
wyUyvsgCQR+lcQ2VzvJ6uakbirZcIFuC9ebzqUBSnehX7EKMK23t2b11rJj3DzhbpXGs8Zd65SMT7Kx9
xNmsg9i/5L9wG+jQ2rHzXECtpQV3N/39PV9a8ECfa4cV7rcWymx3Che88XS07RQOI3MRmZlZlYLbMati
cDs2zLgZNYfr2u3G4WDz5k/6f/Xo6OZ7w8M3X6+gAAdlN4ZIb/60T5SYmZUexPfa3aiZzkh400dkGROc
dlg98HEceLQ/1kW5Plip4SB5GL/xADeq6MGwKrEP4fxEyGZ886d2fdrb+P6ECqnqhsHWzetwy22tNwPo
hsq+wLnLfQJx0x7CDqyR2Ec8CsHoEaLe9C8Q2YAWrcfL0JBRba3zhEJDe+vmJfoZ5pmaMcWIfFNu3vwp
DN8jjJbYxgD1oS7lSrfoqJGwWg6dhDnYAmENzBDc156HSQuEQX2Be7Kh4fegpXvz0rBrrskjyKIMHikj
MSIALquI2sBK4QftK3t24gD8pJSJtmMbJ4/7srImPud/l540aLz/SmrH1kcGJf6wNlLT2J4Lf1AXVXkI
+PHQnIlkhdmFRJ4A1zFAmL1EJ/brEnFJ3M9THLZXr1JRt7RW91gBu+b7a4iy4HVG4GHXhL/BUFEjggHH
HdmbZqVkeKsKRS75YeXQ4zEDRWnwNzxLzT8YeA/fvHQECQPF30aD0c2frsLAsPcfhlAya8pb+5WOKuG6
juE+IQGCBoidCvKC9d7Nc0gSHGH/SMfOv4d5xMwO4q4DzGeKc6A6ckXqKfYE/GLz8+Ylc2AGiPSw30gv
QlF4rDL4V1LntR2J/cTxsH4abKn/mUeocX/auwOQKY/YdVANEtcDWKVeqYceFyxp13BdESBblpqm9qmb
5xCI7N68BBql62Ng3TGjAk3qm+cGSH2vQvPGVi72XbN7YC+bg4D+WUEkBspOgJ2TvG/nYanxh9+FfmQx
8+F6KXr2gMYZZhfjnUAfajw8k3POnIMj1BmmDNgjkJGGZNSI8W6y/5RoAjrl5jmoA1Mpu+LyXR/b54/g
a9YuW6ZQPA5138aeyc6GR5ifuflWifwI4M6egFK8reJJwMqonl9sRJm0dWmLF3BpPQcgR9J/FuW38lyX
zQP1T+nquxc+vPzRCSjZ4udHJz96JukA20/87WrC7334vD6XlHuhxws1XeoMf3TKP3eN14S2sK5zVfeB
8i0/79ez/+v9C1Qafsuug9ZctU/wb3yWir03qMd7zVrymKsQvy9NY6oC37D26Oc13Omj42iz/YX7S//4
Pb3/0XfZ9if9/lehDuyqyW+7BrBUey+4zu8Ftv0t3pO6w/YNKAI/B0Vf/MWnPgnFZbs2Wo7ne5fXwPcv
83v2XN4+a48+Qw1ltJ/tQPvwChWQcZ/vfPQ4++k7GA22AvrBb1u7pZx8mVd7m8+pfrpovz/p/fUex+eq
PdsFV2x+lCrIF+xbVCu2327wiS/4uHznw3eoz/xd6hVfwjhR9fiS9981b/VJqku/b5/R92/4817wn5g9
x9mjV+1anBd87RnMG84jKUVTs9nae5U6sI9JD/bWWaizfnyKurBSjP0pX79ARdTHqH77hp32T0vd9tZP
pK4LCwBarlSLvfzxCdd8bVVo8c2n7d0n7ZW3ocFq70tLV5qzr/PbT0Jn9tYr9u7P7Irnqbir/5+jeiyu
8hg1ep+EVuutK7eu33rH2szrugLwo3wH98dV36QC8GP2qTPe/kdvvU11WWgFn4LGrivRvg5dXbTL3nsN
Gr1oqf18h8qy0Iulmq7aj1Zbi6Xi+5a1/JQ/7wko2H58ktq8p3i9i67K+1Mo5NrPN12x9mn2KNRwpXH8
UyjJ4rtU28U330B/2GdfoUbxU64g/Drvfc566Br74Yr99bbf45J95zH1J3R8+e03qb37unRv7W4/DR1e
qvNekWYyx/SE7u9avWft/RO3rvC66L3z7FuMyxlv3+t6n+rE0DGmTi/1d9Hnp2QV2mi94v37JjWbX/cx
fRzPQ/3msxyZU9QfPo/fNC5f8P/8kv/3l/2/v+r//cIv/fKv/Oqv/fpv/Mav/9qv/sov/9IXfnPbzN/5
u9v/3t//+39v+9/9OzPbfvMf/MN/9I//yT/9Z//8n/+zf/pP/vE/+of/4F/8y3/1r//Nv/13//7f/7t/
+2/+9b/6l//i/7X/xD3w+y/Zz1/2//+S//9X+F786b/9pv/3C2zUr1hTfu0Lv/6F34i4lqKsYKBEhlzl
ExQr3twEA2hih0/dQ5SF4kow3O86dNfCMWowEVJmjgJomuB7otJBNdpo2dnVUDEvCkut8Bg3T87degSv
AZIddsJhNj+DMedlSnPAiO8Uztax83qstAyTloDoDTyspbBF3ZvIn5Nmbw8xocpFKCCbD4YgNME8x1zE
L410haEGOxqOmegH6IUZ/E5korbA1AdNCCByNcNzyK6sZh4g2EuMFCb4RHUMgA4o/CKmzUyaPJftM0Rn
4/tIaVB46856wLzR5NsBvIz0W0NMGxzofe5YNoGkaLpwZBHLbkqqxIza5KgrDZgFQ5yVGRPELQDSb45t
jxFZV8NaWpDWJ6QLFXu02zCpaa21EbNmIP2LV3ApQaceqbpxiy4l6/rgjdmzEFM32jCfuW9T5wFPphXz
a9ayZnbHIux3Ps5mva7xKvswalZDos9cRimmUNS1IZsG0nxwP49UQrLB/UcwBYlHpA6QGJwonlinSDl0
J232IDatHHXdbFKrBp+pWGXdzLV9veoYQ/flliJv3QCiNMRtIzTl6mg2kdbWEKtEckth9mUyWPG+wMX2
y0IEGkHvYfLB0bZ7OysxyszcHYXMH3kz9hlAOW++XtbNvTaxJ0cHA+TvSnncDsRpbIFQ4GeGbAbc/i6z
ZeF7gyJHFEN3v7kfJNNAMw4Xbu50nA8Cf2tjXHB5xkPs4VqG3hFABhVlxQpGhUB7p5u3pqr2jgWuEHPY
Al1VmYqZgDw0ZNlgcD2/UPYkfkvZQMcBON2is+Cg/Kp7dyyrLTCgDvRHsyinwqDyuO98UrsXmzyjNKU1
4wGbLMQOVky8Qr5aSnpVd3R0UECxoREpZiSsIJnrLnXcWSaHvF+ClqM8Z/dOIpbJih4qRT9iQhA0efgM
CBJThxTcwnia5m44Uyt2gyUHSy5Hoty+24yJ0A0+6qII4XadL1c+E+AKMf1rbpJdnHn3TRKvmgBGzdd9
YgkofyYM0P7Ynx28NG4CZUM5F4j/VYF3akiMwHD2BSgHYXZdQpucNZLdJVV+BfBmpmsmLgnXm4DdyTGN
BPGikAIOUVJ6TXLZtm/Yvk7dFHyBs7xmxsquLB1OSDJgtSFES60nPCoAhVsbA0hRVpvWeVtVgIMaopoA
o9gR8WZI8vHKSshRT2pzsIpUHEn/nH7HRtoumrFnBT26jjS+0pBNOgP8XqAP1l3OKGsz2B0roVNuG7dt
cYpiepa6G/CqJvLnM824UcbdMxjFrmarHuLk6kUufGazhmyHeWrKkluPuboG4slgzdoEkoSZNd4DXg9T
ra2C7LjLMGPvFcipi02fO7aLalG9VgNGAAQeUOLUSOlDPSZIK2Mc/V/xYGFBpD0lHTz82i176zhpNzYD
4NQAk0JxZ2HD+xVzI+OhwFpYBpF9URpdeBinpBHYp8zTbEBFBE2TwSDx/B2MSq5uFIEW6e6MvOg91coQ
qoZFJHCLyCTuIeQBm50tQOa6cfiCQQdLpodIxd6OZuYqlFxLHUD7HDBXyB6CusExpxrfi874A/wTWeNA
2RSbBCjYUUL4DsVZ19Y02SIyuc1D7NTx4HE8b3PWxdJIsC1BUhxYtx/dGARO0QNDjXgqNZx0pSqZixQK
EhPgCPa0rtR+a0ACPCA77wItsy5lByQIMhfWQqwzSi4mzBM+wfBTZOG6EAWmwbEztsiqjzECEL7nc8Mh
bsAoLEt0KpLmhWvLVt0HPBxcxGm1tAZwAyyrA44ALIpBf6U3HppdN2Z2mQ9Yb0kLpKEWWXG/9R9ZNOXK
QGaGq/s6vxCw9QpdAPNCktK2a/UhfkCUX/cI1SibrWMO/F/1jbFrRunejtkzHUfYsUSFRG2LAEd6lYvB
MNBijaf7qu5BoPfwhGW3y4TUbMyRwkP0Fakt1EJyoxTa0fYc2N4PxvYO7SLrFhbNGlHdLVTdug7tGjZf
QVgdjwfdAxJVtH1BW8vTqc6Js9YC8IzAkj3KSg3xEEJB1mGrHaUiNXQ4ji26kONGBfF7KDARLjoeRvat
igRf146Jsi/dBt+akLurgQNlFQK0R0xkWxF3Oaxn4nsvCytA8MgMMwlYmolOSBoxT8JmNSJ2gZ3vKN75
2E6X1ojGg1QGVjcEoSA/3lBYigL5NYj34AfZEVQEaoaoHAie8MSCQQ6LrxSwVF1YjPuuAWjr9DCFNjqF
y9dFsquSPAs1pTcrKk8Fbmmygp0TqY6ycO1zjg5mJXaA/mh5aeGBwfCoHbIwmYku4jDZFue4Wngnw9lA
UsCeBzJ74hrAEGcayUomdIvoBj9u5r1aAjZ8eTdDm1hHOHBAUGiUzWUgl1FcSsjVS7ATDOYVwXRKVVaw
xctTyz6zrz0CiBRCeT6HAu6rhzh3bZKR5wZeplQpjlQgnKODKxdrqEfUevHMFk4wicZC9qLHLa6LShzD
wVGqQ3F3By1LEhM23wJ/22wOepBMqRpi8G0Poy1KSxzymmRYEny+YdYy6XLUW6h8Q6M0+hZ2YaqNAo9A
AhFZW4LwikEGBRAm9THK3FtwnX6Yl8Jr2sXujnOZAmqY+Czv12iKbtKJeEjg8rJHkXSMP/bMVVho5qhC
dHgIk0b4CElbAS7zW3+0nxqQnWVHYRx0cFnhKgu2VVY4r+1b88UBaigh16ZOE+FhhBSsoITzwkAJFEVQ
YuOi2L3JznBQZbPR+B+5MI6N/07BbNbcyEauEJ2wXo32k01Krx/jtbSgxOIyKVCbTnauJckpi7qR0gBN
R2CBaapxv++PqHKI9J5gSXV19Ou1G29m/+lJpcdgZwSelmoff2ib3iNj20tnJeDQm9Amgzut9B38OuEx
od5zxLa1Aop6RzRtvl4frrcwW2VdEFwiSbWJrI6jIIpY83HSRx7aAWSwD6XVXI6YQOMpQ3WkISidPcn7
ONuddh2lebviXMEeq1wvcDlSogdoj+ERDkn2lGRXblJOUNpsSObCgXEPdh07bClMwdOcNjb2KYTs2TD0
iiRyMWsxpofC7BG9ATlFbMKYPX3b99eBGPKEum0OW+CAARNJNXdKAvfE/JQyuF3w23Guo8VdiPdpKmLf
KJ1i6aoqkHdXEryQrifkNOzT3PTLwjXAe9jHGsolMTQzWHvQJ23h0ke2lunf1arjtImDw8zcHtc54SsN
zRKvhkI9DGras3CAzaVvBhZTVGqq9K3rXl7SCYlbJiTNH9xcF6CGWnOQ7IL9De3JSvVn+PVIkuMkH5Wb
Wyiwwb0Xg/LlIWV510t6SSA2q/oGBEm6RQnWIEZs0KcELgYO3/o6fDRngNMWFR750Abt82FUigICCcRk
QOUdQttIh82+tT9sv3iurotWV1iLFSX7lwLZ6Mi27TPuxq0CIaejJEAJyyWJ+vZ7UUSJB8eZAgeyRhtp
Z0DYXXIRUlITqaBQe2dgXUfTFIemNIexM4ptDhWAIamOzdfCU3APyPb5dTLQRhV1ALBEwVDUIYlNHRd3
rfS5AIB0lv1ehI4rrFdJ9NGWMAtacE8A2oAuML1Ks3KRB4YNu38DEmA1VDvEHLCZSoQfNNqaGosZSXs9
+0zAFBRDo4CEh+koIFOagcE4E6MQlJg4Agccuul2QagwHkY1A6xpkEOi4IBZuZA3A8i9DOjMktkRPWg8
qIWb0NFDANc2mZkZly52Lb3RQLQcBK+cN9EsB4MoLGGHdtcsFTXe4lgg9YdhYkVb2N2lA/d6pPz6tgMl
rKNeY4vmrqtU7beRXVmp0AW+bwRLpDmKqIjZhf2IVASVdg+19FYQ35A0un3DBeyL3TCoEBRcdkurN5GG
LeYkdn4c2wHgLoLRRpYxmxpxl0JaVdCyqWxfQa82ERqyPWu4b10AaYV9pCC/tWGWWnBJbM6uA2UUJIy5
NbPdGGKiwQDrI3BKSxCh4jaItcMadhIsgMVIg+FwBTKAGdGIKMJuwYYf0Z456RzZAx5kiS+dgwiam01C
Jhcs4DjEAzxtloxGYHnkCk6gQWtBBAC3CZ+oeyjsVYjqcauMQdkrNQtAinH0w8hxyVSorTSE+iemgd3C
o0QRo54kUO4qt0yIGHqIyDqq2ye/HQNH9awiqH4x3F8ixx7XKYu2CpnibO4dD4aSkQI6BuKGNsGLSDdA
zYQQrRnZdaPusuyNgtLXRMnOmG2x6tYFlE/BK48g2AgidyizIGMAB1uc2QGSWlpy5YZl8bOtDYHT6QfQ
ejlOm10UuOD27hy9OQa+wWDmIU6vxgxyyuWqehd2LSdUzjEeLZlGQaeLiMHucdnr3mQ/j087KXBBye+C
3Y4+wvTjUYu3aH4LIkgzzJUxoMPTpOFGuD08etQskRviYtMb1f22VMabFAuG1JWt8tmIi22icEEzGJVb
QcMsCx+xu5AcwBUlH83T00tSqGCLNRGqyt/CcUQyugwquxm2p05Bc8NsElh56A3Hs9aJUdS4+MPqIGKe
RZCDSmojiGoEJSCblCXZ8Kwb4ZBL1zStR1yswMYVAb6PdVFIjcZmiODxjmukuctYOPZdTgC0cHsE2Pe6
UOZ8t5JdXQXqvFAwAbuEXYe1cJYWnHHinaoZDmGSihw8tMGWvr7PQhH3Hrr/PspCwHed7HHt7v0bCA76
DsnDhEpkyOCFO1DsDPSqH/Tm+gZ/D5QbUmvKOJuIjQO5ei2SFD3Qtqq/fnlsx9hofKT+60t/9Yz9iYLZ
f/Ws//K31x7726s/+NurP7n9g1dvv/jGZ2f/UoC9T8/9QIg9++X/ef7F/+vyuf/7hbc/uXr9k3ePf3Lt
yc/Ov/zz8z9Arfo3vv/Z+Qv44pnvfvazFz599vjtF5/99OmXP/2zM59c/5PPTnz/5+//8e0nP/j0xQuf
XH/9kw/e+uTa937x6JlPn7j+86ee/PnpG7e/+yefvfzM7ddetBc/+977t3/83mcf/PknV4/fPvfq7e+/
+cm7P/z0/F/84uwzn7154uc/PvHp69//9I9/+Ml7P7r9/IXbz57/9Pqf3r7y5GdvX/vs+KlPn/7LT0+9
8en505+dP/PZ+eufPnP99jtvffripU+vnrz9J+duf/+GtefTZ37wyfU37JVPT7/+6bnXfv79lz678vTt
v3jV/v25Pc73HsfFP3j59ok3rc0BJ2xs7t08Zz7DAKYbJnK5UgK2jQzJmCC4augYsG4CCZp91RPMCbYW
8rY2w92psSU9JsJr5eZ15HTJPhdaiJXaqRIg7wbBWKEHHX5adwdhvA2PhJOVkIQAXgHUR5kUgqH6MGbJ
Tde53MIZEy6yqT3ANRAzmtC71THhd+I63zxX1ps3X4Z9ESjZchjwqiFzLkBagm7Pm5oZd/Ona2Dpo0SW
Y7IEIhOZVrcgTg4z9eUeatU7/9w2XQdQNR4xq0vb/pGqKBvnbA8aB2VF1VrreWvMzZdXR+KVEBjpfVg7
ksxeQS+zV7Fw2NR4Ckd5E65GGF/Zc94LlRfsBWghULUSXnoJFac+6hn2H7HmV49EANm8/B5nSxkwvsbN
MkyBIZCVfSDxXmYmA5BcYsTQZk6SrdK/FWjBJmCS0fODJopqn2RJ7A+85DaKjp9kYWwVBb/Kf1/lu5f5
1gV+7ImoRK4i5Sf+9vSf+1v4/Bv89zVW7L4W11FV8mv88HNxneNshm76GptxJr5+ultDqWKw2ngJcDTp
wt++epL1y8/wM+f5+2n+/jN+/QKLo1/li6ejSRejbLnu/njc4kJUDb8Sb1lLXuArF3k7Nen5uJeKlL/B
eurHvan45Ud8imd4R/XYxahQ/gILnD8Vdcpf4/9Oq846r6BOuBL1zk/xuz/gTc/FXX4Q5d7Vkxeyeu0a
uKeiSDwHzvvZOuqElznHWy95b+MBv8NC7M9HJ5yKe/0gCrefZm+kausvRUed5IfVnu/FTc9Hj6nlN2LQ
7c+no0r9j+Je34su0gVVEv4Dvqjevsi+0nx4IwZaj6O5eiN69Tg74Q027wxbq68/EQ17HK97XXnNZ81V
jc5TbO25KGN/IZ7iRZ8q3s/n/bnw7ln++2I84Ktxr+Ns/7Woaq9G/jj+1IdP8JG1gk7zxTRbTkfzXmOb
9ftZbzDa/Awf4Uq057WYWm/GTdXUNzm4vJG3+bjrd6DAF8rHkOwS2fXtM/sDx1I8XB4pRVlMABZWZpOa
xdJWYHOYWGPJNdhAqt2wVMa7UpTEFuZ1ab60azeufFBXDhBQA7WI7upwvLkCa9I2ZLOugfR5BLtTT44q
rrIfJV1QIbN0vY2aSGgP/TygkFbNI6AvW9mj2fZbP72r+GiZPfnSZvAsOkVKYkfFRH2jFKjEq0yYmTiG
0Hxxx9f27RwmtnxCITUIOiiSzbbQUf56SQ3i0aANvs0XyUisySDANxBUWBkio6H8LnU05W3XSXl3b+eL
gbmnzpsbcm4q4Hmro43KIrtmCPoKidta2BpVp6q3DqURfAjFrEtHgG2VjFiPezGW83SMH1yb7cBV7hFL
4ulr9rMnYRtV4INf+NWUVfxGwoQx/W8u06DbHzgldokRbF4F5Di5pBSF2qI3C9lNu8vezlIW4KRzgc40
Q3meprenxOwq+wd99+noXsH/HWHQdtLCT4lx1LQYi84ZKRM9kZ0z1lQoZoh1PRvn8Bx1M0tfPcOoIA7g
CN6+M60ArzCJFE6fA1A31SwLtUC+OmWgOqGy0ikcxWDndzLpFxJaZSZqj7NlZucB2751bNFdzS1zGcHw
2JhEYnc18u6SswOYhhx5Twh2txL0A0JhUnqNcGLFOMEKjI3JxmQLo9GgJBez0bM7FqnSxRA2USNePRga
nXjee9hD7NPAoHUoaLnlKjCujwG+wVjcvIjuok+RLRkpFyoxxW696flEmwf7BaQKDiPSPXDiaCKtro63
NKwDOGxrpHOBI8nS9sOBo8ycD15LIQEkB2iLxC617sCcerWTmEysIseyVinHvtCtYvRX01zbGkMZBVep
etR+EIvYx4PVbAUY2Ao/nhsJ5yRZqWxBchW7G7tj5UFRXKgShx+sSq2T06BB3HaFueAvp31yZuYueqnF
KOUJ4XHU8v+QjiE/aeSxnBF4u5u+BhmJ4HMspYyAwkqIGT2AAj6siLZSTQYa89BKqrrOCrS/HEkkxRJf
C1IEqPqdhA7YPhO6KIuFY3TI6WTZYrBOqe0KIf0Efoq4FrSWmMFnSx2Ltn2mSJCPwGMUhSJofLYV192l
Kp3CRRT9ZP+FZkHVf4js+TFoTciYMlEPrIT5MeCDboZ6FHEhzICWPQZ2wOQ8VjQg4xZfZDiE8QxXbYD6
Zb9wWJGjEh/BTATgEYEJsI9Z2LKJKBsUHZB1w+Mx5klA6caXYm7YbuE41dkU1KaqKOYRTjCWj4cOUce1
07ueZh5OiHTbEkYoduq1dv0eS9ocgkOsjXuBoxo24KNBaWy8SXgJc6ton+IT/YEdinbIjhZd/wOBXSl+
1STGCTfkVcAxPcb9iE4EoG91kkJzEBFHMgWDZPszqykPsX5lmPgcpzpHb1VBaWozcp33bHZ6IhtjSbn7
XQlbHIAn23N6vbGyh2tQPGZ4l7OPW/9D2s3sy7vTd7caxKNxchKZxRyK6KJ4IpvZeAGZ5wFrAdgGBhnX
imsmAY6byDP0JssJRDigWjKUjRF8G7J3601iZlHce61QIYK5UsUj7B73JUvha/3AYSIOqmTjTII+1wo+
2rv7B5EYJRiApR4eUuFTYu4oC4QsZ6ARioMRhZ+TygP5sILl2FW2p5vA7hGAcyQpVmsf5hfQKbYPKXvv
QDJdWfq70OP5n1I2PKDLq5CcdHdXQV/YNLG6lxaSXXJHbcbUrsWiLpYCjrtKZJPALwn82ygajPUWake9
yWggnV6issEBGyHcvNPFf789EzuW889hq4hR/Qg1hCrtBwCx89GWfc0QzzHwkOT9Vdkn63Yu1kIlDAI5
6Ag4q3CGMBkIJR5KViSgjMK5rpTN4YpabgQ8UtbbY6GMSxYeg11KqUxBDjDXWCOO9hUCDRuVFI485d0o
eovN1VX3bI9QYquhKChLAEMdNuWS0hnffEU7P09sx6+F5UF1I2w0xPygFylCs62dkwgosU+XkwOSMP8N
w7ZMkkSGp2ruSntYAtM3ylOOWTdG9FH0SeHZBUoxUmo6YYm3MaBAFIybp9g7q6hT2iKZXOubo0OWIpZ3
gnUrjY9MTkI7F46GsY6+b3zMbDfrnPVQGikRxSk0sZRZQsatI2O4s2PRgRRHS6HRWMmdFAozv/Z2BJu4
G1FjV+ix+eU7Z2/iEDR4HYMtP3XHaT9IzIr+g9npEnvsjMNUkRCmnUitXyJ7bZLDpNE6csi8beQqV43O
35dm2BpAF9w7Z1Jy1BEhDPmDD0pQ4u/GLqqTriGqqOcemmBO9N+Y0sY+PhvzZTahghsVgsCukPIwzRI1
aWFC6whCnoTqKcRyy7OhlCOzIHhflZp4+vktcFoRWEbr5oiDzr3+H3Zvyh/jvk5JeQS23pqLDFB8mZYi
dla7uu3unH8IXFZbARIqqCZDMVhA1nXlhHP9UihPDNaaow64mnfvybq/z6QB7I2jQ2Rz+8XKJIFpmgQL
3Y19pzssj5a9td6gHO2BmG+NkjbEvST8eQvrb1RJGyfSXcm6XkENMVqqW8lHhC0gkAHtqz4J5a4iCZil
EyIKgcawyrDDCdQHj7REDqV0XbUe5poTUxqqUdq0J2hYp333oeSL9+qYOQflOUC9Sy+Y2YFdngZTk7CJ
rN+nIgz3gcWsCAGS8YIKqBAj0+VEyAuiIbxWd19atSnDu3mfwJyD4STBXb+USCuoPux2DjzNiiOovkdZ
vrDLcTdobKAnCUtcMVcRiJqeKg0dTPa9K/lZx0DazE9dV8foIOFbKE8AAWZPSgvNVAlCS/jQnNdJ40x0
cMfMFqtVAs0hGw6Z55QPt7kWGnLJsCxaclVZIJg+JEnD4eAdwIVQAEsroE/L13ZgV+RI2ctCSHvgQhKB
oVClVB4HUrUwC57oprJYq45CP18YJ80f9J9QyECzJGTE8j5UpWdptiJNCe0RFIR3TcyKCsc19TpSFGJG
MX/k6YX+xz3uZsXkolpfT8BvKBsgHWs7yEMpJrM/WUEBIe4spytvX2ghBarEZDNi58NN0z18x44di151
hb5Bq26L9Qmf3V/BPQKY0iQMclESog89nYStNMsc8TvMqYdSLMjOEy/S+VCKFUhJkDGFiiW8rQVeYoFg
laOsk7hRJWBxwrMTjA3Rn127dkEUbVCsg2WVPEjHDMAep9iKz3YBrLqNPcFOABLXBv3D1YR7yGLUXd1z
bxX2qYgiLAEcZJRCNWHpBw1Xvah5WFpHqgTqKBJmq3B9SlhGUnpE/ERVQeGRMrOKTQLoPoGWQmFn2zb2
PaIiYV/ZRHX9O6CPaQMhr4MCE5LB644rr3Snks0YVVhk0vIzWwoSTw4TUzkuLy9nrx0KktIc0lmyn7/q
ap1lX4gBkD/uTlbBYRtK+XlpXQbzj5GxSt8YwnNdB56/aRmZ8IVq81uHVKbcqkGgkQYqK4b1u47qK9Hm
Li23wA77CsDFV5MPAe4O4khmbbpHD2tki1qU8mHp+ZRh/R+pVNiZmjSusdubyFNCqMdzctY+9uQqWkDf
lGNEK9Lszmpkq2esdcZjUQdzcj9nE51qf+aHFo5y4AzjVoUiDSO6bTZaLtkUsAtMQV++v59grzNel9hG
FWejIouhDVSUnSJoBvfVlfUFFHtmEvJOgHGiETTMhGJ0UTxXQMhKT8ldXuXEhuvjyrEktgRowQdQ5I7G
NXfpaQ435f+KSTHegiITELjr9CEUhRisJRQ6dbDlp8wnFNmdQkRw9K1XWFg8sSpZkJS8zKppz99gpM2v
qogzoJv9QnXBZNDvPOpzUvbAQYL48eRuD9UwRXx27mHdUBRwGHg1FKzXB6qjxf8KWFwZZklTJ9ZnN52r
4+CNBjbHtg4AEXnAlhEBP1IR/QcRb/Fwqfq2XwAoe/xgtcIWKbuTg4SfOLaYZZRifTSBIyHcUJQOmCw6
rZKlQLtzBB8RzAbhuOaKUGMS1wLnfoLKYh9x0UnX8Mb4AhvC430hRSHWq4i3M0EjH6zqydKpEgG4AINM
OxzkHJNYmdnAe80gI3CVw4WKcTVL2kH7RSBx2AcAHUBvkWsVKx5I4VQrT/6M9pzxEP58KIZysnKPdXAj
Ip/BNikSqXouMjXcqcfaDwivI/Yb91DZr8TQbhJIrbhL+y4QxgIV7t61i9Bp3txLmAUmhgrFXjEbG/Kg
8FsnVgOhN/fA5tpwzDBqFbqSemcZVbdkwkQUp+y5H9Udb3ohOSz6InY2wN21+osEb04c23kkJHaS90Jr
rlfaoeX4InvsbqLI91RKryhHUofGZUqWryIIC5vwQMUGRHYUPl4oZj8Ei4HAmTyZEjI1eeBHKmHnYGM2
2G0pB69RRpFNL4VcwKZC1RTMAWhx8soofk60J9AHgy1HQQqJrLXPiVr2BaTGOcNcDAOAybpR4USWsFNc
iqrEE+JjmRiCQYF1wOLjLFMqwhTeXRkGdN3jrHAxyP/gLrrqcTgW7ml0FZ+TUnwV2AyzHdVtoIaPmdaF
doAKPWudrwo3u6vYXW3i/4t3ppjMQgpw4CSBs0QH0jMSC0lVAMVmZBeOUqzAds6RbS3D9Y1ko28P3djZ
NelroqCj15tlhI+2yvaZwryEUtGmFSHxYYRAI90pQapuwBgjMZKFw7wwRvtjb59rCSegYKN1VP6mqTNu
kgRB4bhV+2U5nWqJn77kQTOUvkMchdC1eZX+6ywsQOncc6QUugPMMdTe7ayFD7ZaOutRCPpuEUDDfso+
SN8Wyod/85O/+eO/OfM3f/Y3Zz8+QZW3S//nMxBQGsKthL9fqcImdxrCcxp4ao5ooqqZTVeePXx3vFL7
52R71a6GRiRNiwxq0s5aqfYFXkuoLrA46f5i7jswC/lGVyljdIv3CAhvPWDVFd4tuGb1gHoHastgxcFX
iXZdJfBWwwgkvtAoH48dOuyXVLODalrKGDNrbrYBziMp7+spFQuqUcurZ89jr65ApxCudyn0l+BWqr1h
bQ48WhM6dKD9OGipceZf9UgZogpV9AvgV9b8m5dQdCGJS6DeizXTbJ1HFIusmXZ32Jhnm1k8JW28a0hX
SIENHAlprIWsQsUiqXRZqFd0hUpEb0ld6qOT/hp+uwgNpg/f++g5qihd56tPUBMJulNv2c937f3LH96g
HlPSpaIq0nX+hI7VB9SZejepSV1q9aik5MS7vBPaSR+dTO9CA+sqtZWuUrXpCjWw2FJ87sOXXLvqun3m
bVdKcoUoaVt99Jy9Az2sR/WUSUfqmitO4Te07zj74D3+K00vaU9dSwpZp5IG1AXvDehlvSfFL3yCLcS3
vM3WllB5wt0etZ6DwtQH/rxv25Nf4Hevxm+u7yS9LHwPqlTtfdH6G+x1tVmKYlQQ452fYF+8y7/5XXvt
UbxCJSqNyLvU/pKG1NvpOS77qMVoPUH9q5di3PxzV7MrX4unpuYW34Wal/Sp7H4vU6PquiuOQQvrvQ9/
lO5xnSN6ydt7A33qilYYj/d99EOV7Kr0xzCW1qcYN/ZB6r8bvO9l6of9iPpZ6JPTcV/omaEtPlLSJPsg
Zo61ECphz9nVNJbPffS4q4edtG+e5DXepsLaBSqLnUrXu/DhX6TeYFv4JDEjLtiTQ9fsGY7RBVzLR/k4
nzY+p3l2nb+7qpeN+XuatVI3Y79f1W8ffdfnxnucR5c4d6FBxvZRrezZpFqGsX0fT5Pm/Xtst+bu96xN
p+yqF6GidevsrTc/furWqzgpXBVMP6Uhdg2qUFKXku4XVbhO3XqDylpPf/wklLbsc9LDCpWx+O4Ve/VV
6lWd0Gsfn7x1yb9xzfW4zkG5jApSj/HEOovf7N+T1iqodb1J/TB8421qT0FZi2pW9u47dv+n7TdXCbMr
23PgKnafd6CqRY0yapndum4tOItv2TfO8DXoWulZoRl2PvXG096+t/xzJ29dtv/aM7Adp5KmGvXP+Pmf
hR5bPBufxvuN6mJSLXtUuma4EpTU+GzooTf5PD+l5tdbaIv6FIpo9hoUwrwP7HlPUnvrcfvuKbZGCl34
3GX25CnrobfwROwHqsDZ+3waKYlRse0MtM3SKOBzl6gldgpKZlAdY9/jjk9JzwzqaP453O0N9YSPtLXU
78bWuLKZ971r0r2exvgVzAyoxoXKmV/lPMeS8+/Wa/68JzWKVFR709p+yp7/9VvvoIcxE601j3Hc3rHX
NcPU55rJb1Dp7G2Mu/rePvWmK+W9gxnT3Dk5VK5DFWlWpUaYIdzdghbm1+s1f1XnMoFvUeVaWLieO92d
NguWGGMw/iXyZaab8FO8WNU/Ug8HRKd4jo2wGIRktwDIqogr2uyWzcZiYpWDFuGpxqUFpcHpSSJm5ulu
T/4Haq0aMcjMyP4Gi2S32eg9Saars7yrBfhUEiGA5+AAHwFxwF316K7EeWqVw3G/e59HNAlrCmgIdYS3
3IusRl4veXY87M06/GITT8F0SCNMz05ILdMJYUoGZDWa/HbdHW0kq82zN/NfeejL36LG1reSlTSqlLxb
gph2m+lZXGqzJRtmKVl3we2ambk3aJOqFyOoJMJNe5BUXlwdJCSj6i8Xyrybiwqzfm9HohpsOsIy/1tV
wipPQiVVd2tjMHKRo1CQQdihN1psxluANirxA1zO5AGyo2jWhy6Tdd9meUz8vb2dxhrxiD5xVzvcSWWq
B/V+F5UplhaiZNPyaIMRvpV62B1WSe1K+DXOM4xU5Bk9glVXDQAjjWf8Uqy1mdmWPJ0WKdINxhv8W1ci
Q2jYderq0OkFnKD7v7RTro2BLzLYS1YyCM9RvoR9pjhpeP1ruKLChuZ/71tbZz5ipNCwO3P32+RCZeTB
cLYxpw4ePFExfXlsK5XKZLkgBgUVShasVu1au/FSCy1iZEWUx5olQxlCq/tH6Ghag3fMr2uKz+6gGU5P
q3dXhYpkjCt0Wu+wVpCZnXqsjHyrqiv5qwh8aJG1wQWFI+jkRkUQ0ncDltOspFhlgcryvsjuatdQ6FbZ
yppvAUACmgqhmXCAjacgmfJ2VBg7qj8pFAfqpjhTocJLij0OCA9AyuV+lokokDdaagGu7b5j12GZbFwi
GDLcQIoQcwOdoy80IiNJClSFM4eKcR5XAxMPSXn50klvsDdhbUGbaP3RZGeb7IP4ug+syrRydqD3bWPp
gRs7AJygj5lIMGXN2IDQiAQ5fdUmS424hm3bRcI5OSQM01O1JDyBTwiBj3G3EnmTkJRmuLq3s7DUwhs9
xREiLT5T3VNFZn1pISX4onwi9oeaalTiLZMcSDk4HFSrnjvwfEFVqEg1g4HzOtAeABd4fVir/l21r913
UgVLwJQZ+yb7UVE9BtoSb7aYbSHY6F9PurvIzu5du34bMRTXvFhqIQ+keWKU93Z2zCchobTmB/0H+5Gh
KqJgH3ITrkqEAPRQ+B3RDbPEgiJn1HrqlTEWAaZoDrTHeMDSOX/lsbMsZ8GdnSiflPFuN67dbfS/UKkc
XmHHoi1STfYkCIIah1B+Q2n3vgNIETEC0rmv7TOhwjvLLU6fwVcv34QvOL7ht1K8ZXHr2GLhZ2eUwUOk
0XMpjOduuj5Et80LFA6gUza/GXjIemnjf45h6VKuYlV95jICK5OWfdDyQbEFFZH8PyqBQcXjtgBJQ4St
XP1v49oPVsXDGNxlxaKxUIvCn9iv32RpDWDJ9sQBUACNhEg0EDFVy9XoclMAogeoli62NereJCB+cM44
gRJyfT5p4vUmB7LNfFSE5qMT5yaMnZKRD6ihlyXj0wPrWBKErmJ2juhWKIbQ0WHkzrDe7C+cIBgsT+5y
21SsEaFxV7QpKblD2yeKeSAWmlCRBQq9KDjdRLVQKWR4l6gmHKT5qMaRsmeVAM/U6yxT3DMS9GYQ2ZSG
ot8A1aFUbVQAoTWvLcQotoabPFyhK7T5s2qFNTXwOs2AN2XTlTIA5TiqdEIxh6hcUuij5g8hOyyWzn6Q
Aim6+sDBB6NOEsVvBkOA5Np0ViF1EaqJeMEuipTaR0NAjYxlTss9SepwFhOOXWK2sqPGYyeQhNDCw00U
2rCLBSEakXtgvXDnNi4MaUc3RtqjbsZj05hc22eiCM2Sw4IP6dzcqrXvALblibkomwn5mEAosFicK3jQ
IOoLfiixQuVAieYS6GpQNOWEg3B3a5SVRQIihUYqjroED21ci4O6PslkbaJqnF3hXhX6wmqKbDxTY5IE
rXsTKaII7hpyO71J1AVDmhT+QElc5Zrv75i/Dt+zr22I6iCwWUDCmqjcaustivfYwHL5yyhrNrB0RHEv
JVUKESAmyfhy1BTDkiZIkVmpTgszJqYAG2izhxJ6+prNdUn/bVQtertweVzkHwY88ZnvpcZBNJ0VX6WG
K9AqsrsuqWbN25A1CY0NO8oPeEG6Tth31qp+yvG2YElOGCdbzMxk9mSSTG3PniVxF+4+QsiaSnXZXTsF
EuiVHV/fQJnHWk/BsmwO51PRJywaZl5rvrO/PZ2CG2NPoUQVp+f942RE4pBCqsL+bA/LL2FH9w+49Yq/
NutjIeSxUo2OVhLPiEJvmBpJaLqXXNojMGICBBoJAqJt/cw6Ui3cdeiu4r9AFcDFWgnp4bLpr06EuqNW
oH3NIWJYv93WXm8T+kU4QdbQ+aQ2UFB4QqbEvtZ4wh7l9X8CYsVThKrUwJJx35Q+xVzr+gTVxdr50FRE
wMl5TaiB1i6WoRuXKys4G5SWXo+IQJNyREXrjRdRDTXsVOEzmZ+XuRhgbx5fcQbvjiLe9rV7200X2Sov
u6qNnhMFZYKpWzR0S4GbGAdAULUWY54BnRstSOpywEwi1G2lavl5dtcv339INeD2tdY2DGi3Vu5OIYM5
eoA0KFPdX9wL03CFGWHNEhDHNijWskFbLNhY7rxWQi3eT/NWgEjATryjEmqmL2E/msMtspJwQ8/Q22ok
1sKOoAOtPRloQsrwoD5iF7sctjBP+CW/+0jG5WuKllfKvU+nq2YUc6qjkLyhfU+hiyrnH1FRppCPxgdy
CNGGsuAUdENqt2ZZrY2EpliZpDEOwhlWuDn2o50QQk0l5My4cEsXi0Dp6xqcwEFrxeOcA0ig7CocYreU
GjHFA8A5EboAU641OOeWFtLJWsk/p1uddpjfPdD6Fy1DtKEPsJN5uvkiRUaiRNdog9qObrWJysTjK2pq
Q0EKgGQZcBnT0faf4OHwFlp6XgoT452E0UEldpE9a4Tz4ezSVLgTlj5EnmVM2+olDoBF24I6CcMmUE+K
cBQlMYb2v62tOinz91BTNSo4r5DzypZRUIgz46j4BOyAzcrMT1UtPhScEHMIEnS+OdS6RgGio0KPM1KR
Ek6zpOV3NkE+Qs67TN6inYiYWBTyUQ1llExtIaG/n7BxdT/p7lddx0HCUdFPzp3E+iOMjdoWdt37mUOm
jRJywhkWDEZ64xqMNmlbOmOoDpIOl0inQa97BDaXamdjX3ddTOIZu4UjjQha0zqBzF0jaIicE47bQ1So
YN1takc5L3OU7D4uaSwDILILmmjQHSRJj62jCqSEN0Mo1WyuA4kRNNdCEJsR5YzouNlMDSMkxeXKXgpq
lr2UIzY3itpJNp05jUBFP6w5SYfNRjJVmyjK4thmr9/sGazvNbsl0dwTF/7YaH/iGrqIOLsNKEXINALw
SToVQcktinsminBgT7XmuI/C7qQEbRmoDurfbla+DSqqxhOnJelBmAsWDHZ6xvDUvzSbGx5cOHAchtSG
KhZbKv+cHHVieKwNh6tqS2McTOcGG2DBGuiNZjJqgnT2uxNv4xV1Mm00GXAlCHPRMbhYUkKeMSrm4TSU
y7QGQTwQUyMqytKU4EQkx9r7ARBlwkeocRtVyP9bh3UORLIblIXQGgQaSZ2rWAB6S5CH3uTuNiexvaW/
+BDadJhbbg3OXS2nArd1GUSH7mOMgsngjq7L50T98SmgIxC0UJJ3AKFTOZo9fTsxFikRuEQHtICMOWVd
BRKV3Ye1NYAngJllHppgXDQoeLgLNuaUcUyYKJqALiFUc8CK84mXVhyI+P6IHFMnqCbtWrAMtFXYzq1n
Yyy9XtPZimC7bQprYhSVNvFHClhtn9kmt3v7DPrXT7I1gerzarnYXrkuaPA5R4drflAk21uhCPbZUXm/
OCSGCQhJn0aJiSFr43puRohw+N3ALzXyg6hiSJXAlpFRrLZnVsjmYaGE+7wji9MUFGgc9B2F5d7vEmsr
iMHRKmjsCWgodAhC+c3OYFQ6rFeG9XiTDHkddbUrpNqShqqo76ktAZbxB+DmUJ97WAX6lAaknjVKYmMT
gxCgb69w4hVxCcWMutU9RQC+u578IXOWWVUZk1YxLLu2j/rObjlJqv4gTuqABPpurDrw0PJoU2byybSO
G28MEOHAkAuunbTxvVYE1d25Ban6h7wAjB+Bt461H/Tvxwp4ECcRYGRiYEZdV+s+6EQhb2J+gSYtKxyH
Z6kTMk4ynbyMD5RF0s1G/3obks5oPXJyAfXPqZtHUwhT3adBoB8ZxqL0Rrt42bJUcUeHj6MWA9Btn32o
9ZpVs8NXS8K6H4Va6DrZ8SsTdY3D9h1+6spcjiLeAhHJHj74/l69YyTyDW9FMfBeG1Wb59ITcdAlp2GM
hC9WiKwC35QwP66fr80fDI2EKTQmxIF7kWlbawUB8B0/x1MZDsDtiw0ImBJRyqrtXWpvelSGmUYdgoM1
YVrd0PLYymiw27rgbttUgdaUiwrjNKmfIavsHNBCO5jmHdVTld7xy8PniwrCFImtQvTdjULuRt3uPVIZ
q2K336i3uC49lukBQWVSw+4V7pgShkp92292QrJ+NmcJu5RbVJEwuxvaaUU+jI0Jo9mLCFDSosGkdTfB
zi50KvxXFLNIxLjSoz8cIYeDKvaqCHLdD63qUXe575ZTLelpihdDRjGp+NADZPYlZZpWRn0UJfeOCgQ1
NokNGVRMgyk9zIi3rDds0JDlbWeJh8jus13QX000ShzCDZYlRGnvbkMnUYkci6EN9bQKM3Ne+2DoC8ct
LApoKlWUYvHKZ/HIqfvAYR7WlgULzwsXj6LMzh2ob1ogeEz2whrOYJA2vPA1xqJ18KD90/d+kK0iF63F
x7eaQVQPdQoHooY+uZbjhN22zXlX7DNPgpjR7IEwirmatyM9Prvbw7EbJbXM/qTVcpiLQixj1J3ZiogA
yE1eMwQKsz4EbtaFartYEBC2OewhRfD1EYLv1ctaVAVqjdMYYf21rsrjfh0GliOycbf72ohACuPixJGc
KpWDm9jBsSZ83GCHx5TTUcuRl63DuevxKkxWhU1IHFESgpOLs5CGFf8RI225dZNo/evXUVKsmovKNgUm
bRmlj0atk8kERyKbhn1Kjku1H9t/CtnasFTJhzzYWvytvtOcszSEiw6tp8ZF2OnlU4Cf+5kI+HyHpruT
V0Q+wwQN1gf6zItAmXmQYCI4/b02BhQcML+5YrnIjjG+lR6+ppHjdgmWk1srkqfhesMguEyBG/kQrW77
dAEfkEzkxD1UnGvSzmXWSziIJHnraXX44f7ELnQPi1g6E25ahpjZPFcsFRBkG03C/IpcBA0SGadaklAF
hqPb9+7jBwhN7iXpWTC5FD+zWQ7D2EfInwKmz+bnU8lpl/u6mnOojWipOgONp4Ot7x8aN18qvsV4VMEA
TJhATIZsRYBCMjPcBoMXQtcoES6iKpDsM5Qc6SlWDPeFIhRi//Qpgc8FYwYkNdn9SfqDIhJzrsjSKMGh
IKqdItwtUdm+Iu1hE9z9BTfr4LS7wwQHVuEQ9larfjZHQ1YuDT+rIAWnUV/V36K9qD6SdntxpzjtAYyK
pVck/e7NNoTvOzh8/1Zmbo7y9MizmbmVtu1514Fo8ohL3d+WQYRGLWvHxbqxGJrkMKWEF2I3KXXolfjY
dNvUPWfpq5BdonMFv27LhMJQVoEk3a7bGioWROuC9S24TyIm22C1eHQaT+w7EmzEgXYOj1iC1tgelvP7
naFh7pHfQlVxyp7LgzB8o4gL7mZbNQI+ZVteS6F5VYorx326BNxWjvi+48AarMnETJJn6TZXypYcHbji
BhMn8lZh4bWre4496jIafRp7Xp7B9+p5J/JiTiSY4+okXEVkPQcF5HqUBmO6V/mhFDTjuuj5cko6JMqj
I84ygDz5AYnTRE5tA5q0RezyjC9X0LRrtO8wWeyyg9zX19O5eahNnrORipM6KZflSZPpPufm+NdVCGni
dOimZ1O1/1fPQog+sWKaEIrrluo+UTxa0d5WJxIpl1UGiG6eKzV/nSbTDzZLSdiFCqarH1A7vOWfNEG4
AY+QRRR4LAIMUm7WFCSr7OpCh0QFKd7NTfcQZeQtWgZOIuNYI+GxIp7dLbtuWuITq1DO1S2ScK/tNmMv
L9/AHYVOL+V7EzemkdzPqnNOxt26FJGHcAG4htJ+5AdslXfNFnq4hPZ68IqagedK2b+eTIVMClPNa/Zs
YLkN1RxEjs0awhOHfiR7En4WB4DerUZIgFto8pCK5JgbRbb4a9+2gPU0FhS1sZtAXCzkvxnNkOzDnk6x
JymEZQjfBuHiqI8VpRawoywsJKGmmQdVE1ZYosA72u/QrfNUxZ5UuNNco24FdfWdDKdxxwwtswxgGj1I
PGCbBZlZyMKNLpwJAuJskeGDsvYvtACs1Wph4ejRo/Prg8F6zyvsqM0YgbCWsyy2Ys9D50XS4VOUUZnN
Sl0tHBLAtnt2/57ZlyquOIFwXjQoA/q12UviHNtsnlf8ERYV4hTett3/Obtm1CixEzHLf3e/tKv9zM4M
U8XjGVmvFRuv5RYEg1I7a95BdyT5jjt23DNmMg2ewhxxEUc8JJXyv3sRRRkM/QTqQujbfTChK2qvlyre
MIfbDixn1zcsa1Wg6Am4923A+qGq328mvSPWAeW+1iyeW8IouyYfkMMLDh2GSkrI/AMtYkunZz/LFiDT
m2SItBmHHwlondCeZc/ciH0h9pXhmJoUCK+liRVJvL1ZJNBLWqtO8Xx31EUlHWtwqyBZ9vYP2oG/Yy6D
4UQ1UqDWUhodZl3biAwU2WRRx91l0arKLLWU1c7ddnitstx1XQrdIaBlhrbryt8SSD/pg9oz3mWf8UY3
Wb8tpWJqNqapzDcOHRiia4q2tJphiKq0RkucyrNfO7gDfnS/S/9m1sFGyifOF5mDEWiB1aqToYyEZWea
YHE/Y4dH6WkAJBvRvWSd06Vx3wTF1jJvqcr6ZzFL9T88NjM4JBFHbojZ/MjTOwegGyDDYi5D5/+O60o6
fpw66gryNEUqpT3stNq8CYTuSHhQATCf/VWx5ROP1/oT+4MnHVr1YmAlN1EPW/fdKDe3fF8laWJvx75q
xmewbGn3O9qJEQkVPBqOq8WDZGsvLNz9gPU4xsWLrUhHSkk1hIljr8jQo0VSebP5sz9rQ9Iugbbdb/0R
Ssut/dedO5e/3cb/Z5LrwUruCTQ45yWl5Ck7l1xpZ6ZmOTiyLRUVnA35BBqK9KEJpB33W2VQrNtU1CQ0
F61PsnOkSKXMC2Zn+zHumZO/EFgJNEg6R64nJnkqto3nhVfbWcqyzF8e08KVW3qEgNEeQrsewI3Ug1xJ
W25zM/N95EPpm7SAfWoFOrp0Jsd2KrRkm8PWsSJLUexO1cnteTO+y+5NAODSmLbnI2Ez7ouvMxyouLN5
ATgLVFo3eD7W/q8kJe9O0ccypoPSNC3McLW6M6qo2+eXs2hidkzNZMNYJBWwIkq0aHfBZhbo/mwtmKPT
W4v9OTOGi7gVobihF5flPiZK7ARpwXzLEVygHmGvcNSl0mt70bHN3h6dQa2qBlRtkb5UyZYknkpHqkoD
loNnU9Fte8Kv2PHWuAP+ULbPg/8R4haIYe3kTfYMs6Njh7tCXF9waW27xRxGVjNJtKDcH4qSEybQFEkD
R/o89L4XsshDwSrKG3XXJsGiDaldf4U4XO11UsJK9bsxLgjgu0OK70dl320ZO8qr2fLBAojESp0ANyhK
3LCQfZ2qjqqaj62TBwaoDs6pNJcxvZqZba3Pa3t5CvVULXSOUowh8jtrLm/BGoY75jtFq1eyle0z+Hw8
Msfd8+Lb2nTOzEzm2COQ1gsNuRYoWdzrWY174PW2Z0STwey1r6atGINxB4Z5QXDOUJwtUiiZ09RDHd9s
YVB7soBikYW2Q8aE5zW5GE4OifrIVR6ftdf3FS24NYMGFxlaoSvUltq/nFNalKljfHWlzckTWS58TxXj
zvxqBJkZsul2qzaK0TLUWlpP2TuIEjOj4msolmJPHtZH18PSvHufZVuVC6GGTyS527BmkdEDmwN91sqc
Y862vW1Zb7b+DiRFOP0Jn0nBIchKD8Jf2MpyUdzkeneOV/Cd7IDMgnyFPH4upe6wjepKusaa36NASpFk
3Q5kthCNON/3MneqnbQFCvmm8RpujO0vlT6m7xbnl3+eOC8Ge4aaQFnctwhFMyom8TqEqTTsZ29zOaxS
AhC/B+C82WS5TZ0XhehKgMCzkKUjX4G+C5iyDWjClzv8gDAIrhFnfxL4X0n94yClKrHzl/3Wk9k+E9A8
h7Wk6tW44AOeCUqLdwvbK1wL7cOtYh2KGJYQ/B83nuYLvBQ0F+PMZa7WnzcyRggV6azRv23cr1NIF2mL
66g/KFLebVgFRbQ3iX0Pc3U5Q8wzmeY5OX4x6jBmNljkMJRFS0BAduYBbJu1AMSsy6AQHd5ibUhPW/GF
/ZnfkSUVnGuo1YzbcE+nHrMbhwx/CmBk+++x4KjiubLtqsjOMuXpXH0WdkbhuSOBeRQCpgab01VS3l1n
DWOnKizo+SumLomraZCQdb4Pt4lUq3TkYCFPOcxmftyBUSsWiIxonL/WLC5x2OHKPQlhvC/zwR1pyGmc
0faazIbpS1tM7UylhKEcRV/YU5klGVU8TMzaSBpBR7XWVwa97mLSlmNomMXoCRdKRCXsaS29rlatCUU8
WFq2+Ho5LA4cGHGFUFy1iXUs+1nznblKV9ljDr9FqHM+R+iS665h5LeINYi+bm3pFQZTI/q9P8VSVJgV
1kQ3fBM/C7L8ewGF6MIdmofagHO27w36niknQCaDb5IzE3uLvGXhXgKY6Kg6ojYTNHw48vPLq8wr7LsV
XAo/W9k3bm8TrZVx2YOLyk2TmSnfITLwg6tUixGWimNiHdnsi71xOTucEuPJ+ZVOkW0yOn3TyWI7Oh+J
F7B9tfVZog4EYw7MoRWcsANs8m5EuxpcZzTY6iRVcCJf2TXUkc1icdtDxxXJBrdbCFdQ9pp5g8YriIxU
hDoxexrVNIx+9sIjyAeoP50c1XL6uB86FZA+msc9RBWWn4UGBJAy8YXsatortF/xrK9CB0+1dsOOJYK4
HLKYZuwdPEN9EaSyv8wIJrJmwxyyr03zpyBi9uBq1fqRyAOE/hrmUvgxWJsCsmvmMKFwNPzZ4Pk6xtiv
n9G9fJ9UqQweOgm+1QatMrd7Bp+nBKm0ZlmlPUu8cEtqUCsOzs6uznKrOS8lOdWbJwFAFWnp/9oDuMyB
A7Mi+dQEAj+0svvY1UNVHRnCVVkbWFQpe4xzfFilJCzWW+Tt60wFPzBy/ryjWDuwV5EEgr+QAfRndHXF
EAZRLNl2ISAsPT64l55RQhN5lVL2VTpz50LRj+uoAX5OZSmaLM4T9P8Jc6N22HqaOcrTwhzpJAuG9Uko
Kqa90ZU0PWOWUDfZOZVUH7B1+JpFABqfl9+OYjq9NOdtfyO5GTHG1kogLHxTBznLpidEzlHWdNfaCIwG
0EWOtyURvd2HocY6TrlV71su/lTI2967l/bkV2mXBuNRMIgEQGyCeY35wOhwJepkyuKOHP7kTB8vTEub
AP1WMs/vdHC/vtYXynGs+xpXWzNXtRHaQzuYMo867LJteI3P48aH9ljt7SG/jSPPmRIeQWljkpmdOWR4
xg/2QKajPW21gc7yV2HRF3dvAtod+XjtLUVkF+eSXcRsfJEkktE/3EbqtWo2ozkvZw+cwQ+LKkH8zSYx
0yf288S80t7o5O3+gHsOFo1so9hxquTg2HgdaEFucytZ/Ed16rWeU11pWJUCNXE/2WTFCM+1al8S83A1
PJPeBMIqJPQhhoZRcTj3kXpVvWkdM5sFslv1ZuQp3M7Bhhtxm5L5mtQtXLP+ZMFBI27XOSqc50PN8aNg
fgw2E0sExIbwf53F5GdZ2kPmWe9sNArNb9jhjdAKyVedC7oPxmUkyDX50GE7Mc4TFcbF0S2oksB9QzMC
a0D7pHpSh/io53GAUeAswq6XtEbrI7RqFzXLSbe2XwL3qsy924ot36mp6BdECfK0lut+kotQ3D7BukTA
Gvl6dxCUdZk9nTiwjiVykMskzmpVXhB7+5AtIu1dOvuDber7zDjitCUBXW57ExVcEzydDoW2H8zOaqoE
b4MUNuLSA6/dHLkGO91lG0NzAf3T+k0HPYlNiDvxhLI/M+2f3Qv/x//e/M637P//YWG92vFNeAJHi+rb
i26T8CwHISvpZAeiBIW/NwaJTJPoLfCDbMfcSGeZbSGiEDbbMgJQYqcn+0d7UaajBJVoz+P8wY4qy+l8
+CL19S5Rae/lj45/+AHVCa9Soe5//P1G6ItBkev2uVd+8bPvf3L13O0XnlBVaP/92on0++0Xn/rFn30P
xZefu/rJ9eu3L/zx7e9/8On1F3/xww9+8cQzn77ztv3v56dvfPLejz65+u4n1566/afPfvL+iz+/9O7P
333JPvnzcy/cvvT8Z68/5uuOaXDriaFgBlFbBSCC1YHH65Qqty2ScbAua+MOAjTg+Th+JpQwyy44lLj+
zZdVlDleHzSqTMfoMioPrZQPlyyyLBR4qWT9BDWYdX0gA+wT99UrQ9rDrDpspraUGFx3cwzjNXASQRR3
Lc+mjlR/Qx1MKGy2z1gGMgPXUcEgNKM7UJw2ngt6K/rd9sX0Oy4WubMK5e42K4crRLxukKNEovSzwCEp
gg+0xUqUHy2p3AfNQCj0/ZjKhieg/NfqQobu5kfPSE0S6n+uxdjqdkJd8jhVH6nKKPVJu8Jl6m+GWmGo
cUKRMd3ro+cwhzk7L+bXcd1Oag1KjTLuzb/f//B9alW+zZl/BX8l5UKoFaZr2qdwxbeoU3ktu1emjUh9
xavUFNU9QxPzcrr+ZaojhrblVb5HZU3ru7+k6qZUDpNOpn267cNHoXNJzch37XnxLFA0fQqqoa7YeSnT
Cr3kPXwBCp1QF/U+gQZlq2552Z6e/WPjEn0D9caL6Fd7onddefECVUy/Y89+0V5zBdAPL/EqH9j3vpNp
SF7Onv0C+0nKne+6iii1J6li+q637m3psHLE9JmrfKa3XEcVMwBPRh1P6kFKLfN9u8N1tuCqX8fHEcqV
VJa0e9sT4u8n2ALMz9S2D3/SzlvpYHJuvWc/T/qsuZZ9F8/yAfU3b0D5kqN4BZqynIF8cvvuB9Q0vcD+
UXulzfqB5rqN19WkFIt3P3Ad2vf4HP6ZqWe5kY3FVd2Pc+5GO4d5Z82Aq7G+qM958sOXs7XznjRioSWa
VFQvcR69j+fj07br5TL62kaY6yvTAL3caoRaWx7lpy9aK56TjqqvKSncanzf5xrAvP2uzdz3uW6O22/v
uf7uk3n7uR4v+Aq8xvG/QJXYk7wO7vuO3audwxjHdh0lPVTNOvY39p8/dy1b65+sNvdJVmG+ELWkT3n9
cdVAR8npKC3tJaRVI9s+8Czfej5+uRHVse0zL7clyNvrqJD0a9k1z0b5cpaZxusn+cq5qKZ9OmvPcZZo
v9F+Hv9ebtuGot6pWrfue43Vvc/E9Z+Pz7wR9dBTiWoWEPfP6yle9ArmuqaXbn+pvVd7X5Xwfoq/PM/P
v5kVxb7K26m1eq53+O/jfK7noyr3B1Ga/AobpkLw0Wy8/kN2zkvTz3i8fS7Vzvaa46mXno8C6K9HqfdT
WX151Z3Xw57nff8ivqX+fyX6JD2vjex7vG96xpPxmZf4IFdYNf7ZKNKdxvrFGMEz0bdxzVefzAqan427
p7E+HgXBz0SN8pPx7GdjjI57jXjvqxhHvP4Gr/9jXjb1uVpyge18J0b8JF9Mn/lOlG6/ODUfvN+usetO
+y++LtIcOB5PrcLur8W9XuSTnkS9eG//1agFf7V95DRv/Qrsf3z+xayvLscKusrLnon+POMF7ts2q69+
GCXUL7bP5b16nO15Ij7P5uHKp9nmC+zJk+yli+3Y+Tq6EaXkH8/2jcvx+pl2DqvfMMfeiK9ci8/rM1dj
nV5j807zk5pvmv8vRZ+cjkG5EnNAbb7iDda4t3M19eETsd6f5NWuRJ+8lu0Px7NnzPYcf6LoUtw3tecC
q9WnfYb3xdXOZ/Mnzc/jMUsv8y0WsvfxeiGbY6dizrzKm6a1prXwwvT+eZzf0lo7z2f/IK6j+a9N/vnp
Pf9afOa1bM5oYl/M9oGfRZ+8ETv5ad+j8JXz0bAf8InS9S/ECnqv7Qe89Xi8dTZG/EyMAluibmnX+wtT
e0U7uLHWfJ5f9odN+4P/qbHQ3HuG1+e08V36QnvG+fOmfj7FP6/yM29EI5/zZ/TPXI0Bupg94xPx7wu8
wmW+/k52Vl7w72Lf0Hn3ahp3qkVDF/tpKiS/TT3pR5Pq86Vb74Ri88cnoC798Sm+foWKyK1Ws5SUT926
SDXvpAOeFJZfzzSW37QrvAldcOhphzI4Xp3SEH9Myti438cn/V7hAVNVmrrXev0NtMnVpi+46jh+P4fP
+jXPfXySV1J73qLudVzzdXvvFBSp7TpX/fNQ6H6cn4K+9ROhUU4V6VeSNvlbt37Cp4DW+Jnsvk9Sn5tt
c4VzKVJfomq3FL+hzX0Kz88+DWXst6hv/rj0xqVdTR3xS9Sf1uuPUsX8rPfb43zKM1KsvnUWz4/r8NUr
1Et/mq9Dxfws+iB9lxrdrtd9ht94068v3XK1B9d+x5/xvM2Dp29d4hXfSnrdP8v+vUwFbe/zVuvcZkbb
J+ehh+7j/oara7fa8U/E62lMoe99DXMvxiKe8dZraI36wa7qiuPWX49TuTzUvWNcMPPe8vnzpv32JK+M
+X/d/oJO+mW2IObGGSq+n/W2XcXrjCsi8ge3vS0nisj/3gxmJm1wx55SUmN9PPToZb99h3LTEVam+DDY
eIPN2R1MhkivZQIUDyJ7KqK1Wg9Xx5secZzPscE5Jr9Z+hwSs81tZ2JWwHlAB8Fztq2eUu1y1p1U5D20
NMlAP4KSuvP2TyeERIdKtYd8IsJh9yO/s7oxhuyJyBae+d3L5F9kZhhkjzDs1hBlrT2hkWEgvrgWIHQy
Be7JUK/FprJQZb+yRyHOPQGDo8C4C/5kwRTkSToCkXUYelZRpb0dRDaT0tnB8RbSg8V+1OTKocVFW9e0
N5l7gAFvh8luHVtsG95K/dVVc3c+d+ZHg/uQld1vXTbbIpCoLNDC61wm2YP+92QgkjmPZIs0iXFIct+O
UV6DCgd0whuqkKDy8/3gFyKK169KZBOHpWQxhlkurqZOXko+FqrY513F2HaIqY0kYkssissMbgh10vK2
AavIMUAph81UhOvBziOdwaxxpIIO2ty9Byp2gJvmeJNWUIY0R1yInE7AfJIyvDUnxGi4whzcoEh7Uut1
KIXDhuuQuhYOm0WrU2HZ2RxmfSiDwiDrxfSFTQ2RHSIwXrRadPbKl5FWpCov6Il50hT5lCPMUYM12sru
7+0sFhlx4eFx05JOnFziQmxjpgCU1nPonlAdIDu2IAHhjLUFZD1afJMpoEhHzuQB7iJHDYfOQCXtisAw
WV97hQIVtS9brJWUBVyP2rWqPKVh02WotAMF1oecly6fSVyCY0Qy/fKlBZVWiK0zZ2m42k/AIEnSWrHZ
dZiKSUOvzlok5jvuk1Gve5O2LLOtBeZepAUynAILLWbIUQiXJtm73kTotW/lUDZvN0c7YAFLOd5ikJMb
Wj1/1W2m7Il9Zn3PwrGdzYY9y1GbjTtbPgrXqTTqmU15IEOQzzkKQniSDF9UtXJ2jsr0Eouc9lnepcU4
ItmbI0Ziq1Z+B/RpiC9BfSjHuM21CU376IILYfO4SzJ5EvSI2uY9F+woV4UyaCWZAe+RLrznvPuZRmUi
UlCqBalOfAq6qhuDTcTVVQZcBP5SIN40o7Al5ejPRttZwtVIa4dAwcSQJAq+amueNzlU74u9EP5RQlIK
nTrpigwj3ClaPYvlqURqAg65/lAMXtVVisxhSAfsbNkZgJIj417fh1e1wYlYDHHohF8n5jvAYqka6H6A
JTQhBR8ITU/hU+zkS+V+2x22LvsusKKi7g5x0h/5wxUtGcy25fmcZiIN9tAVCZwWhj7jvWyfORCCGISn
E/JYcL5UOQ503gsbqwSwr586OtEVMjE7He/NrPShEArAHhVIUkH4kooqPpyVvEhI5MaRV1pZToPcGMR2
m+FJexPs8VtboSrsguE8Xbi/JUy+mVbEpOJjS1PoYwd+iwWvNKgyrIeQLA4RFclas3wrspBewpmX1OKV
kEDUOeWkSKQqIkLAiJhxSkSC/GD7btUxC4paueZlzWpxXsm3CIn9EM2wbSKVZ26pZPYxaWS7VDZSsymP
LW5QEBOCLLNJ/WmcjgHhbCkCnSKWmbTNErDGJsK+fPdvQXvWgm05cTZT+etNciZpE+ck9xDikZ3n2i2y
ejtFW0emluZlEvUpW+4bJXUIp2GPpo0uoNcyL6a5BNYcCdXhZLBTsWUKQPBu0kdNSHLRkn4D5k4Sk8QU
G1E32nX8ihwPT+pyXeo4bAsZF61kWwH7YDQYHC4C4xPaUZw7GWGoN1nyPZU/QixbWye0bGMqEGBVgIJq
n8gEBKEgGoRW23Ltda/nY//kBN253DxuQkd8Iq6CzwNXL2PBYAIg25qettrvcraiC362XK7mENVKHckF
AzDQtXv2Z3C8uQPT7oufp+wVDGeUmHE5Iz+DMdPsTjwPVwZmUof81WxOAc3QaJ0iE/cEILypm6RcleSc
HYoSlPEm5EcJgBO9KvQ5IDABTCD+yGmbTWsJ8YI+4cZmlOCQOIRVKGWGXouJy7CBFB7HLJObulb3NotQ
2N4pFqIIvlE1gZMiiJTaKVqjpG686H2I8XlNZuztDlgTkGwMHslqxUqegHC1im1tURG7iGPFCqLA6yi0
7Me72WKBD3RVJq7IthCvXW1bTkXEeZqwYtive7WTVu/NgPbFvnw5J5F9fMxlM3QyZRW5ipLMoipRvmJe
E38bujMw90NEgEyaUJCCuTpleybOaiPZDqlyAM335VY9a7DWCkUTe3WkSuCr6HgCAInAExXSOiTnqR2p
ofr0/0O2nxOEjehIFH2whRGUCOwh6bRlrZxUFaQpnE1vq4SOWZgePP42KX46WFvOmduZAwV6op8j4L+E
fh4JbbnQQMHKyEG9j3MOIMcmV7WvZvJDQpa7/5FoA85XbqFbSXyeyMJgMkjTPKab3WdmalYlVdF6kFCu
/EFtxNCCai0hgJCJON7p0zmnwpIOxJneVFKi3fLiA4lsi/Mnm7C2J1ZRE979eskIQVCDqD6P6eRblfbw
wBbP5ENS9rh1SYwWSyZRK1sxbJgREQsgmdTlsrkacgWHxsNJUDLrd6P8CHVhQGPzo63uZ8ShhWXBsYKu
nIs3ZPLsjU6FkPtyv127WB4923SyHop5c6tp1emdwqThx/6cZNN79RGxpHz2RgWQ3uSeQYYV/mpu+2fC
dpQ1ag804Th9sQeX2gGBAel2Yfgwi5ZbaasaqNooFFZIRwn4WjrD8ufou40awf8kMjQJ15eeNKzktKsJ
UemaMjmVpfTCVY9wBS/kDNsy5xcTpBW1SaJ+B3HHIHXIhbQ2eqWtsgvt8UMJQmwWo714pI7N28GV8jeJ
XgwfvZWfwobvhfwYFnGCshiPGZPZHjtBKR0vnQDZ9m7NlmHWS4mWao2EkyVXZE44yzRYRWA2bcaLiaNJ
kVs1dF9S9Ks3KLv7zYI0a5ja7W2cWRJe6qmcw1L2JHTpTBQJLuGQIcozUa5Q3TzzKJOVivFivDeqigQE
n9ot91Td9pCgFFYAUpPTRQ3jIiPwo88eCoIOQ0Duo3RRCb4Aj+coMG2y+QJzGRwbB9EnsGhpG0mCrS9m
nIylnPcwyapZ4bAggvZoNTSLMheHLL8W2h3YCNI2CEa3I4XV6vQOLDsiucMfss6te+Hwcoft9+1F0C3g
T4ZuTf7YzbKHfhhHHbnynYyzux4sHnjwULHvvkN3f9VF4mV5jliSaeH3G7veXh2hDlVtobY2BTfywEAA
b8esPNMqQfcmbUQGe1/SDBg0mYtguxL0uTZDC8+lBzX9c/2ZPo2FMCxa6LeouMEybqrFnL3Y7sg2cRaz
yhR75LmGAmvSdxlR+K/NEPj5orNcPevfWSmtF8riftuZJ+P+YNgcNovv8ObNV3v6oz/hT2l4/fXLVPHy
NAQhpz0s1bVWfEt5kAQJRcP5h5dkbCuelZsr9fqYq+OuAc5M1Ia9Y664o+yqNr0H1+pNUFSYozCTIyq2
u4ZE5k9EQkU+wh7HZrsfkyuC2CpYzo2IJGLlst1r4Dl4fycnX+FjFR/1OyzlwbnlvfANf/t39/32l+6x
/y1NpUbip00O804WptJA396RL8v5JpMGmt031RN7i755FfuGw3ICksFUrGfqxFn8GrDBozHLZUzmOsu5
JsXU3Zf33sGZYXtnNbqj8OpTbiPPFXnwfqlXZ6okLOyZKhdmkqLYq0csreRPpPSHCgh1ipmpAHoq26rs
GLpMzDYIcUZJCs8w5BpF82z0vD90MRWskJxE6PJnWvMIfrTCJd3J/FQcu9ifp/AajVQ0JjiSigLt3Jn3
/UMQdSpUCYMilX4wILkC46lIcj5Y8xttUa+p+ATea40YdXJi0pYtc1mKiq0dE97xqvdSO1uPkM3WHllT
K2BGMbbGrdOpfR07faYlWEylVnyTxAYVXMS0/nKFB9t58nTEzqwWnI37nW1NCbvalKs7szSVksiUesF7
8CoO+t6SpphnZkgzSwxynkfJZqjbWBIY0DsWi4eb+bpb7LUZ31ZX2LXrtztT22khPtR+czYHALEzeh7B
ybXcGC2mMiy7R3k4BNV1raEpmo05kqq4bHH2bPrsmX+4yZZOVugVj6XtLTLjZNvdrX1r9uh8Vn9sVib7
qIt/hsspboWpVB7Ic7lzxVTUZP8jlZ09UWvOU+d/gCJOg8026wQbBck/miR0rKWJF9zx2akQGJQH2wpZ
mT5eSo4EF65NzTHpxee6Qz1xh+sP2Q40swQVYVtAyV9dnrqM1010h2Z2KkW+bWoLW57KKLXsSrQ1q9iH
oz6nJy9L2DliQx6b871ntRyuUKLKtpVuNTPlBcdzMlOwc2EqYJzVtVMhyGwnWppKyIajqOoph+r/fv0D
u/Uf1v/93SdGCv80biT7wmOJyj1f3DWVWphK4yzRYHR1oqobuX1YH51i6nCamXJ2i2rVLN+mLiUNLGs2
IlWt2gX6c2nKn6FSC3VlwyCTCY7IaE2/NEpiTkUbCvfvPZGtmHLsbh5L91HpTDmuU+G3wkuA+Ug37Ruj
EKveiU0c2AtMxCJyC+5A+P4SoAqhNzKtndgVUWdLL3C6Jea1l2y1g7U/GLWOGSZq8gdoUZvXB2UTBw2o
omakyVszE7Muad4Tb9BmbNDQTOjOfbK24Pu+PPVUZHV+zJ1NJwn9v6Wpo7mYMmdUTy7aQ98hyR1wx3S6
dy3DNyW12x2FyifhB4gnp/WmytXLVIxKjhnDHXiF8TVIt9RQtuEiz6LVNj2m7JDtU6u4yCrNMoQSezUu
un1q3Xq1Zz9NppLN0k4bho4+a7ylxEQWkoArWeRaeFnRjxR7WImjxFe4Fm7upUH3I54UplnYVNrBYCXX
aXttSy0gwpIVxS5QXhJAoWDQVqkqCe9e5JbxFO6mmPIli8Up/FKm1MAVkIGemlYdiugBwANSIetMu92m
UatVRottamfPSvd9/uyoi6kJM2WXAxrlQtFoIXX7WYoSczDSwFJ7GlY8h30fYQ+mHPkfol5ccstV3TH6
DSoqnLiMmvJ7yZPNRPF2bx3LdDQ8Wuh63ggPSGLC1+226QfM46TYIG0v6nmkx4N8cgebKJ4gju2Uo5cC
xAraZTqfhVRAMj6tazN5tC9FYbgXTIVzp5o5mp1C4gm2QroteLZthI1zMFS9saqosZGCOPnqa6pI/alf
dmdqgp7nSX3tzHEPG7hsvrv9Wd1B7/k2LzszldLMyhIWKuDBjB1TLy2PFnuZh2BS3joJ5hMFotSw52J8
SSNQtGclq0gFvaW2LhMLkSCMhNq2WAHfgHnaAl3KrXpUxrrdPpPhjRpXpgxusdAcY6VJj91/3712+ny1
okQJ85AJptZgR+tG7XZaVqk/pxImTTMerqlCSrLkkpYakAO2ABm7W518w87O1qNPqeiQnM8MvQNTdnl4
WaluQVa5T9WEQp2ckWTv4qp7V1txPtZtFaHd/VP+kU5RHGYYNS6lVOptaiavZuo69skpp3V7vaYi1yx8
tQa9aNUdQMuAHKtTGj7h4jiablE/4P2pOeGyaoM2n4V43FaVjfu+VqnC7jIztb3Faa9dgP2SzpXZqeU/
Bdgja7+FAqmw9WhDxS6UVYsdemE5n2jFFESS62g8BOjTV1Wrm7Polufa2tq3Z+ZnpjeKjVRQhtHLVHsW
Kaqpic3ES9qXaEGkgJ17iuERtXXF7SpTqQKmuFvs7lRTVrLajdYjsu1H1D+xQ28QyUO8tDzlQk9F1HZ6
9bF2L4g8g2fgXGCMZ2PgthiRaAuC292TiBzvmWVj7ZOy1QPDyVqNyZLzowcLHgGGjarIrsvseqjU5FAD
+5HjJYrMWJrZPjMVI1c1r1QeJ8E7uStm7bQ104bcfUYiheJIh6NeXEEGv1cm8b2nvSaKsHWm8BZZ5doC
hy33rIjYe+nDvZ3+oFOo0FuUXj5wYM7sX2sXHXm0pS0FHGHYeojyTW3ylCOWoxUFZk3+ZskgQyA0rF+y
arFJxC2Uu7x0t6zDKkty5Wp6drR7yrt2BaZWKbAoUx0GooGTLMxg4AVo2t6X3yYvIPPx+GPqbMTmkVl5
rRfFfaItVG6WQiuTLfuMSTvPqtJXSwUeA5+aVahJ5xUjWK5varPAT+Ym+X+tGmgWVIRlHJ2uWnqDIhNM
c2iyr5UomurLrMhPdEVjAveR+TkbrPK6qtLZKkBfFUmffNKi2dMTYUtmiaepPWRLvnJUAt227fN3b8ub
Z8eW9e4ULDAStG6fedbCF8VU8Hw1dgEl5Kbw+XOtRhYgf1P++9IUhtxW2FZzeLABbbzmsE33PJbw4Y/B
/ZeaxofXwF1u/0rWfaazUG/pL7LTyUcnz/sGVQiCgZ+/d4088nedI389Z6Xbu38hLvr/+D0oALTX/OiZ
Dy9SY0AqCNkn7f3nXHuBegP867rY8c7yzu/wirUAfPCr5Kdnygv2V3tNqBGcmNICyDjwH32XqiPQc8A1
L1LvQBxzaCOcSNd4nzz0J1KvUE2CvfE++fB/Snb7RTLJn/NeuUGVgatT3H2oBlwmG/19akq8PPV8YOo/
m3QZTlAL4u2PHsXdWpUDfNKZ/RecGX+d/Hq0533eNd0Bo5T1xGX+vETuu38vvffehz/mp9+lqsEFZ6M9
fuvsrTc/fir99nQwhMjiukIml/OpWnabWHOJx/YWeUevkU0WjLvgGb1in7lif708xeISn+rsrcsZO+n1
/JNsjV3TWVWviE3lvCdw/N6w7z3m750kZ0pXuXLrOthd/gwnwAGzTz7p33uL7LEzU0y2aAsYbNGWV26d
J//tLedsncgYZK9M/XWWz/s0eIP46+OTLVcrOGB+v/NkjL2ja7Inz9q/15zJ9TRYcH4/8dHO2VWu2XfF
YXvMOWJnQzXH+/PJjM/2CniI7d3zZ7A7nQV/Lb13XXxAFEUze1CAmuFiKoSpkygqvfiB35mO6mYlhbGd
evmVIMFgu8OG5rlS5Fy+1RbMW/qt7mCVmlQMPrqyp22JFbJES9MB46nMnFm+01v5dHKnaQNh6xXSelMh
3RmCSFZRmHaVUNtIPcHPB3RR8cOUrMwTN01EdrxVHt1Q3rtTZNZeOlyg0ylQ4sz04ReXivh4G0ag8zwV
2qYvmvlrOxanXNUp07+zvGM6C7cyldNpn3d1MDhcfy6CuPBt9NU3ZTvv2bWY1xCxC0Qdc7/U/HSyA8ds
5h1Nob5mZvLksZ2dS9OjkqXfcOXOFLag0/I2+G5bS5B/ehI15pU8thSW7CxPRQ2nra8lc3T1+aODYbeZ
i2xtoXStF/COG+UVH+y1hWlrzVp1tOr12rIFRa7ivn06mOG94sWwZ7Kq7WHSePRX1o2Av14x1o29xFqZ
cnj2TKeqlorpVHwkA9x6+TJr3idJ3ukQ5xc982qz8SHr7kkrNKdmtGkL8IE8DRZBIE7ktpZ3p5haKy3c
TDMeTm1rUz44xOodHCv2b4yHqxtZ4WJ8eNrvJb4rWzwCsmwQamZG3Ld3zOaWlsY6HrdJOFZd2qdZbGe4
3APMChCml5am8MsZ1GM87M0yxty6pM3nvJ9Iy8kcnmJX9pNXmwWs2jQF75v5PZkkID7fei4KhBVTSRXG
jdr+C3aVez4toLcAYnJ6N1s+mmpac6pQCvUbEC/HpfdmNbwzoz+82dD+9ZLIZpiGpqT7nrmQexZNwru5
RrFwaKnsC6IpU3m2KA8+bt2BIlRyGXLKw5BF7tvZiOYIKsZher1yK22U5ES20ddUu1LvquiMI2ZXJlkd
eY0glrNuRLTzuqrTa2tgq1pqQFrHAjGU07zTe6c3RonAJ78wC5OFK5vFmb7WV6lFe0IM3vL0FpSDHBkK
HWw9NBxsleuOtkk1mHnlrFhAEYSdRMiQrJy58ut9QEKrPuI/BxEvtWds88660QHmpdKotFsVt8KMGHvE
5qz82COhOjmNZ5Fn2cb7pzjU1u5pdI/iuQlOl5NdfLFnWfCpTXT7jDn4eSmrNFe1yTAn4nhJrDLNULck
9tRNkYOM44gRp3OxmIbhYGlkNXekfFjMShNxR6oyqGKG7ZGq4oc5+AubW+KjYkVT7uMsZTok0JRUgJ4N
RY7zmd7UxdD/+Y4rw0Cu5EzICiVtE2mkXA0ZkNB1wYcvumLV6RdcxsQVfn4UGikfUAzknMvm+LtXXIXJ
VV/yViVVmR+EsFISFQmtLdw3Pu8aStbUp/iV86FC80EIy1zLtGWszY9CYwRf+TGv/BPKnpzOVKdeDKmc
5/3KfqmXQjNHSiwvZJf9GZVhngk1lTPRjKQPIwWk1+LdN6ZEh1z5JJR/klBYGhTvydMu6+SSXCf41hsh
+fJmfP1kaLy8lmnghCQUbvTn0SrdVxov70TjXwyZsqdC1+g035Ls1Une8UleWYph3wlBp7MhovUKf/9J
6BHl8i9SK/pZKMA8y57RlV+I+57iPHyW7byBf1+lnJerDF11CR38fjr68LlQptITnYv580M0BpeSGthr
vNTVGMTXfGL7I1yL542e9Mn2LL+SlK9eD7GjD0JG6XJ03el43tcoJfRSfPdMXOdKjJHmRtKRey0m7emQ
JHoxVIDOZipn78Rk1i2OxwpK8lNJRed0rKYTsRs8kY3CjVAEkr7Qyy49hA8/HyP+ZqgSnYm18KhfytfR
d+KCL7Gf035yst0ivDPVpB/FbA9dL7+ytH0uxodjxnpPJtGw6Dp87Hn/Ct6SZFNoeeHPN+NGL8bWBBWp
YdP8Tl5jY+doOsvDl3Mtd/fuYLAhAzltcM8sfQ6GUUzxynr18ue84pFzRudtL+el5lftEDrcZraK6fNk
5+dM2pm4fvKry2mXfcfi53JDQC93zdyRgbKn+Jyt2uKTaA7tCT12D8UWdwqXDLp2HyijqOsYVvUSI7Go
kQaJgGqvEHitt/A5z28GcIy83liSdYnas90u4XP30feohgk/LEJs0XxuABY+FytwDWSzTJuJXWGzM21C
7h5ROHxv5xvI3B/uLFOTpmiRlxnaG3C8xZnPRQzmiulsfkkTW9Ya+JKfc9aX0v09w7j4uQ4QTqE1VYnV
yemZxTTiKXN+xMvM6nDBCgpXM3zN5ONS/6Gz3PmcRzVTFFNpVVx493/KiB2eb7qrWivNDpsVoStJqBR3
Th5RVXDXq4dw0LdGG/b+t9B/3zoC+GrmGma/CujyOT8kw8AC59HkuuD4wkFlnVJJm7zesDg4Wj5uJ+5x
pEYyIKcoI7gme6E/kK3YWZar0mIlc4ojx7uYxoNOz65du3x97DTzsETBD5E0QXlRfCjzoyk6Quc/q62H
WqyrmMGrcsM70w7/zntIoGWGuWwG/bnPLYdtzZ2TQ+U6Mv6zzY4/2vVfP2faLs1/7oV2JihAdgeb9f/V
dXW/TZ5X/LqW+B/euqqSaHEMo5pW4rgKga5MbUFdUDvtYnJsJxicOPPrkETVpIUApe0orVRGhaaWrrSk
GdAUmuFQQqTtHpE7LuFm0v6LPefrec7zgZBCYr+fz+c5v/M7vzMwwH7DgIqPYQMyKGRBQMfvY177PPoe
WVahXwIfpMdwhh2/U8H6YjXGqaj10KPLj342/+492n609ej+o5u750ANGDFzioPcR6R7BxHwPiLwd1Dr
GBF28//nGKkAJB/1fv14B2v+3qNv8ewvUCEY9IS3MSbwJUYRNvFbiliQojJqPuP//vEagWc9ZdbA7e+e
xzgGRAc2OTqxyVGBh/gEl3bPsQ4vqUZDDGYH9YZXSc3WPD+/3+4n/H7bGC9BpWxzxqbfHnj0Nj4rtc9m
EB2RqICvice6ZArXPg9IN+PKCvGHnxa//lFFElZBqe3JGp9/98kWaObR9Z7cApUyvIPTJqOzPrJafRdQ
702+x/uj3t66xBE8nbNvzROcpU+CZ3Sad3y/bmeq09PFWmwsn2K5RUy99ATLKuEehWscktx4pQsnVcUK
QwFbpmM2V9T6UXM/p3VYAYrhRKroSiGY/E2IAZJe6FciwSNXZ46RNUZyxRstBsub485Zhv4ihESbbsHH
qvOdOZzCOJmlumd2GEpKds2KOOIpN+wpeEgL5CpX/Mgo7DqCOXMTemYLUOLtKdwxRSmPY//XIBItPdIv
wur1tZLMEYXQ+uC11NEBOXdBrJmx4jgUzRvO3mi2T2O+6zD2i46COAiDT3ZJ7Oj5m82GOf/mB0Aj1Ypn
oUHVp4CbDGXQAN20OUBRoGKgwmzoseJCb7r062K14FialpB4ullrK1gSYCzqzSxvIjoe7nZZaA4h0Udw
PeSY6HQqeHRgcExTySXaBvzMGyQkqKRxxNqEet+sdadbS8Vq0LV7CpBq0yw1oC47CWMQFgxvBhsqMBmn
M8JRJ4zFZTatWg5V5ZvZqVYbmDVdkBIMTEfiGtV7dsRYPSQB4Y6d6CCElY1zxVyp4GFfn2MCbfsuB5tz
J2tQuQTU3U6ZBzHfNktgYkGrzdRmm7x+uEwec/C7VACKK2hJDaVMjINj3Q6SsH5j/pibgoxhLYRDVB+W
nkB1JGS8KCkwokUhO0VXU2VlN4mNiMvh8HHB1ISCKeQQZ93bpQ8xxbwsqWm2PbisFNhYiD7mfioUMIPI
QnUwJkpILEBaHqRKtOq5p/yFmCmTval4U22mw/N4j0zkPaFZUAD+WKYLPZsxM5zpFcGThYK7vNUyrhAk
8mbvYiQzt0aJrIWOhsbjQBkztLR5+mHYHh2iw0GRJATPoawTdSILVYowhaIy+S7EiDHt6kgVk2JIrbzT
tlkxcKCX/C2A5lFjEVuxE85ydbXPW1B/UfgoCAFzro29qC6BjfnQs8jJa/VsWoEuxEtMq64ZJlxhk0iL
NmmlDBUcoe5a0w9KjYeLtHcC7Ip1KIoEvGcZ2r3FTsnYvF1bmPHQApfDA6YWVCVsyAdwuW6r0/ATGTJq
IN+xYn08jtu1lz1RQp77TnkStl0sTNhV64enXwen0OghvByb2tPchLiFdUxqUzkIJxifLFyELch9QPDw
UeWVkqM0erK2ZOb7VM54QnnfiAtRSbYRdYbCucs8rbX5gyYIrPIlFCIZK5r1/HStbtwvZBHD9tccLL68
f0Kl+Q1Ez1w9quq+YRHNYeUJkq30y4ojT8peqkQ3jFNc6x0wG5rZt4CPJpMwmvuFyCDL4wbS1hNp52TR
yHPsTKnwWMxCQ60YeZRK14xvD4/1SrndMesyZ0821AClAekyAcUqQDW79rIS45A6iS4PazQyAnWgnPhu
nrghHg85FLXGMoosUDaaHwqCfdjaF9ZUzbyACvm6KDlGJVTRY6+8eOjoxOTvjx3OpCu0aA/9LFZDTMrr
YERVfL4f3GwsMjSATydimwttyCoNFhezVvhZT9Cvb9S65nkbGtFxRhVnTZOpDPm1AgYcXYLSXnrbZqv8
VHMZuQJmxvBbqJGmPAXOz5xGpYm2yiHWI5zM8ywy2/2cDPioEm00I9Hu7edS4IrehnHSVsF1YK7iqLeq
H2AT+pmNohzl8k5kU0P6AO5sniIVPrPN2bHmhc5wowQ6b4qCwVj32aJwpM8whn6vZSHGNBk9c+TX9By/
GICoZrfTZREfsxG3F3IUkPCSLxF90dXZyNszQ41ShK32zcSRcYabXjdjZarTOWW5AU4pY45GTs3GbiXv
2i3KmPbanFXZ+3Cd8V4b8LM6VYyl4Ld5E4GPhqUvuLZwz3HVaRXImfF/tNdTVSOr0RI5PpcFoXYldpKJ
3Cc4MAtdZxJMdOZoSBszgZxhGC0zxspZyDkVLz8GZF/Q7ZhxAXHNqmbzBFV8FMGASAKzLjtHR0IzdAhq
jZM15NTYMYa4lwcIGyM/ZwGiTFRPlSYsKd2Y6+JCawPzJ0iYVBTKMZ+RmRIWbj0EyCPaUJKLbWWBM8pQ
FVkjnakkWaROkZiMSK2bAHhkp6tRNbgOX50SsOooG0ID2AyPLkr8gsCh0M48p8BOK4s2gnUDzdkhzo8Z
X5YGk0Vuss/v1isATv5F02p5oIVg5inznRRD5WAHVl4QhGH1vDzIITMunaIE8sgMcuHBMKccSujfTg+S
P3KptikSTKDPo3Tf0U/ws39xFY38THtvUBBYGpk/MR9w7czoixbaglPHFOmjGohzdXCJYF/XR2mhrKPP
MYezRAjK2fGTOsMB313odUW6eXFo1Mn4tEhftulR7bCJcVPNtEQcp2khJEPaantHsyAY5euT4DjEHRZ9
vfJSCRBhdRPuxyxy5/W3hKLZ8IP9hdZMfJ75Fmq6PP5s96PHPwN3GeuFUZ2y8JPrVAUMmeTnAd/lym73
gypsUtWOMU7/k91LjKre5QpvgKsCrruDfzMy/PhHPHOHWOXIp36AvxHKu2HuR2jsPWSVM8aMDG/mdfPd
CVH+Gev6UV0zujvwvu/zWwTPA5gyIrjbjBj/dfcTZJ6fQ958n7FeqGz3I6PJ28j+3sYabZt4f3pTOIZ4
+PLJfXoLrtIGd/8Uj7+PNeW2ocofxlsvCmFgQwKyFzCiuoKx6TsY7aX4siUwqLpjXMLpnJzynYRrtyS8
flGi1RTS/VrVuvpOMQEo3q0rcAk7Aj6XsyDufBV//4pZHFxLiBgXV1Xw94wKu6/hM6yo6j8P1XtZtox9
i75c5zM85Y7UPlsTcsiG8Ar+gtff4Lg5cwmIV0NlcW4JReSBvOYFPEWfRS2j2pnbcF1OUVV4HMfgosTT
NbliRzE31qWRP5SO2FL8HNWGjkBiuQSaCvJQul7YCI6N83dHIfBq3q0oFoqtNvUB8jGoxXakd+4JKUKR
izymx0WpgbWOv+wgw+Qh129yT3tGqukRe+SqT025IwffwBPPuDd191qXHrmMZ91mggoX46MBdkPa5LZU
4KKmuy5ltqSmG9/9tjd64ZjzyJ9Zx88vCY3hYyEFUZE7ep6/qfY/L4/3gYxn2843mZfiaEUPZPSuyfRZ
kxJUdowJ68Z9Qt20ptp5012HyCE8L9ZkxtnCW2v4hD+oYnBYMRD+vG2vE8eRvNwUl5Gyao5aw2yOdZvV
INWM4Jgt8/8PXnUe94nUaQrjQ99znsgFjFD9hFEqujLktKxhxSJ+HqlxpD65i9GuszYydROfawWyObiO
z43wXnjspvymHEqBYBb3j3S6M+V9r776ankJRXzARwhBIXR74dvRzIYCIhRGVJtUfY4iqLeI6vdYsTM9
XdSSdizjNwrlNiBUL6R/Y7FEgFL2UpAfAmagDllxDMdaWS9ZY6EYeyS6oAd/VKhE8Zhy+fDbxUzfcBFE
SxrN4+8cmYAU0zm0lviGJ43VTZc4EAaeQfsgjKnkdYvqZBaP03JWfNsstu5if9wzyPjGcddmYIUGiJYE
KrDdCYgqJ/o2Bp6wJbCTKSj0WrWwGIVBXgtCb4itYKzfu1YWeawHYrylgGihV92jV4khqSyNlQRkdgXM
yMn++MaX8kpIkKqDl3COemGZL2HgIHsP8Nfp2NLQ4TMBXO1TluFkJb4kQzSLYon7bJ4JInJmIsxMQT1v
BgWMLz0DjJZoIrRmhVSlXJjxeq3RnCVcgpgjuUKShNWjvUp+/BEzaNiJOLh8pDHYagyRktxJIWaDSyxu
hkh7DY2y4ozXt7GJXvD6mTCyaowYC1e56bJcmCaOhS9YA0PXdODQtRcBp5/xytHyqkEQrBhohWFouwNp
z17hBwjFgfc/N9MDYcVDIxMj8bgvkQ6DaEEAsDGsS5OJuofzChsq3TpIG1IBM4E6OUMM4n+CP2YxADnb
yv3ybJ3pSQHWhrMT7BTmMbo5YZax2alWTV2suWQGJIuicHLKQk7VCVS7MRDoRX8BrvFBu9r0NBRd6KkX
Qu45tzFPKwfeKYW4CAIXYAWOOwKXmGtoqiPPNBeFs962LhnAk/uoxC4Xm1PmnZuoLFKDYGO355IWabcD
DMgG3YBnJLiijbaKCIJVuXidkV31yExl0hWAWBVeD5O3jT/s+gub0EtxquG6U6/N16QgiWi7+MCtN+Qg
NYWG3PRCF8epWsdce1EVA8jvkHIWbikFCGzZtMEMCMCRsFncQRU/NPRe6fh4af7Eck5sB1ukBniAZkuF
JUxGn8Wm6vBFHdh2g/IaLjiKywA2PPJG6B1zVuWwOBfnnFmLBqryaPiHgEgoddVFjSmYJhjOwH6sQ23B
LghFQLu8vP/wy/sneIyZP4pDQ6MhIgU7pCdSKBi2GVZ/DPIeQ34t0CyDRRqpl3Gc7b0S6MgeMjNpcAgW
7cnWrPktiyGYoretsGXhLCRn8wQJuViVzr6DMo1QqlZmF6/nctyAagM/dZb5xpaOo6J4CZOJEXq9PvXE
QNJ3ZmlW3xSBynqLk6gxXIPtepmH3oRNjcQe0PXuZOHxyLd8I1+7g5N6Ap5zj2QrZrq1WeS/WAaELnAk
5CV7Pce28BJr5bjEjh1vn38qVhIGjdqOrI3qxS/4aGrloKd+Va3Ai+ohLIpyegSiURdkYod8a2gXsc90
JLmY2DcT1luR+rLn9WWesPz2FOLnq6YGPi8GUpAO6o+NJjYNpxjmCqbYylVSnaQFxQy4bIPmYBPn3yNY
BZHPCvz0qklwXIzex1c/VlPvdKfVGNw7NFr0FMdtqnPsqrmYg1u6qwmT2+cf0m9BhjqSS4gDhTVHSfMO
3lcpW8lkqMQgc52j2rBztFvT2LzDXh1EIaPES1jmNCjhODIPGq35NgmLWgWb3On6uPfFgRHw37JEG3Dw
OhcbB+OLCfPRq3alTDevXBdpfEUeHZVSw2i3/U2XbpKqFGYE98LIirFxT9FIdGOrIcUieP2ypDMpiMRt
amv1qOM4ruW5R0GCNFIJsE9PA48IZJCboI6Uk2U3D/FOq3Q1aB1k50OotrIRUaeC7eyjRBdVs4QDiRwc
IiUgcQiejcqX+XQIHJFYFsjxK1V1KrRXFls5cOkwmo7TUNKTYX0Jbu4nXtK8pPphTYwpthr0fvxC8IeN
OtqomtogoEM6s2bkKsPLK5fIPTCdWF+Qj8lloZgfhGL6CzML/1nPs0GKrS8MiR7O7pXH27srGO3YwBhC
8Nnjaxg1WEGNIIqNbIWxC2KYm3POYhTggcRTzPUkCuJiCNukGSTRB9DWic9lrnz42TWKopjrAoe9bzn6
FA/ZtKo88fU+oeeFJ3ZaO+b+pA60gZ+hHo7omyDmdxMrr59nfO0nRgpXFXf8DH325BZ85u9Rxydfh7Uk
J+vLLJQqF8ZP3eVyrN6qI6MJZU3GsgEca7LYR8sOWFQBkkXoULh7435dTG0GiiPuliRrjRSUOYLTLZx+
lZSRIl96Fo7LChElMGNxRTYjXDgDDfJW/ZS3yw2KZasM2z8rwVCxdIrZMTTdB3LtV2WRQQiNFRraaM1H
23QPU1K8rYv+C9d2dWTw8yXQ/YTp+L6ZyiVO2yqkbFwSran64jW0eQVwhBxa0McGJkWh8mKp9AdfwGO8
1YUnqRYSLZKyTBef9q897d952v8efm6dfdq/8rT/j2er3z5b/fTZ6rVnq1eerX7zbPXqs9Uv/nvrm//9
83Obcr61Yv4akrjYhgQvKMrwNeL2H3IIjAM9ErXhjMuLEm6zWaVBBMeGJ2xQwGahrksSaJ+jkHCWDfz1
Ve6wzSy2ybNXVPgmCAh+LEnQOxLD+lIe75zkk26oIKPNGrbxyjVJ+NWBm5UoNfsyZ5hyUEzHs4I07euS
zHuRk9a5TdYwf3ZHvlqXANllOXJHQn5fqdOpfc7gM+sP1yV718+C56fdUFHI6ypCZPudzvpGTrwtrWru
/rVXuNR6wTGbEPgHyoxQaWnRsIf/2DsJLQgQW1G3kfwbXLBC/zK16xer4RpI0yWByy/NttWxbjEL5KVk
9VSaNMqbMbtAwoZK2cPlaghpkFczkl65lcfpJr1eSN3qGvMvYfkM3FDOBlWru3LxSuXyu/snyuVDk4ey
996YfOvNbN/I3sx3ugSRCRwelsoyj8s6Tei6QY6EaaiCt3vKKQ7J+K1p9N9xo6faMT84k/L/sqCx2KPF
uwwEvTkQY1BIIPKvwP2aJbessYFfJCJQleSWWYBAz3DWA+VOePVhDL2prC+Vjubnkcs4Sy796Qngb2fW
QEghRabnu61aibrAvHl3wThK/75XobYP50F7bO8o5aEr8+h95fjj0D6QgTJScqCeeOGFFJ5W60EF+fBJ
YjwI3jj5Ful9tZlshrFu8nbNsZSxoq3xRic72DVGentIaS32UbeRuDx3kBMENvK/HH/H0528I9mYmHt5
l9QjFacpcQXzKVzhEulDAsOHck/91TM7dvzgm0cmsuJcrzQZCBlA98WYygR8D2gM0850fJVWYrMQzuW6
7dPLwaT5k9bOfaWed0Fl2k6+w4eUExaymY2jOgNSbS0IFfXeNpNshPJWDiL9Nbl+zNVO5vGYNVey7uzQ
CPLhefDGNiyegGM43mti1BG/TiFdxrtVu4I26ivp3SJGrfCh1B6iJfcSnACcJemVMkZHsJFrI0lnJdms
s6lwLLwmV4gKR4seJzhMXhnZuy+b9Hd/G3B8zj0TLgY+ZDEEUnkHS7w8hj3Hkm3YGxzI0vvCc9qr2Egb
MTkwg9sJOkT8/jQ3KmnzBOLJyS9wLo3ELR3NZZ75gRlhN8fndGHhOc1ZSa3T8F7PabYqsjMvqRWKVy/i
YEruPHv9jvnYZxalzUMH9iWulTvIaLTXEa5ZX8xVa61fFraX9QCIAKg5bh8rVRiy7m8o4pJl5O0ogZ8d
vmbCnCfH5TJKTBFva0O4Wl+l/Ix13xO6KCJPD5H51fete+aO/R8EyzZRoN8BAA==`

/** @type {Uint8Array} */
let dictionary

function getDictionary() {
  if (!dictionary) {
    dictionary = new Uint8Array(122784)
    const gzipString = atob(dictionaryGz64)
    const gzipBytes = new Uint8Array(gzipString.length)
    for (let i = 0; i < gzipString.length; i++) {
      gzipBytes[i] = gzipString.charCodeAt(i)
    }
    gzip_gunzip(gzipBytes, dictionary)
  }
  return dictionary
}

;// CONCATENATED MODULE: ./node_modules/hyparquet-compressors/src/brotli.transform.js
/* Copyright 2013 Google Inc. All Rights Reserved.

   Licensed under the Apache License, Version 2.0 (the "License");
   you may not use this file except in compliance with the License.
   You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

   Unless required by applicable law or agreed to in writing, software
   distributed under the License is distributed on an "AS IS" BASIS,
   WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   See the License for the specific language governing permissions and
   limitations under the License.

   Transformations on dictionary words.
*/



const kIdentity = 0
const kOmitLast1 = 1
const kOmitLast2 = 2
const kOmitLast3 = 3
const kOmitLast4 = 4
const kOmitLast5 = 5
const kOmitLast6 = 6
const kOmitLast7 = 7
const kOmitLast8 = 8
const kOmitLast9 = 9
const kUppercaseFirst = 10
const kUppercaseAll = 11
const kOmitFirst1 = 12
const kOmitFirst2 = 13
const kOmitFirst3 = 14
const kOmitFirst4 = 15
const kOmitFirst5 = 16
const kOmitFirst6 = 17
const kOmitFirst7 = 18
// const kOmitFirst8 = 19
const kOmitFirst9 = 20

class Transform {
  /**
   * @param {string} prefix
   * @param {number} transform
   * @param {string} suffix
   */
  constructor(prefix, transform, suffix) {
    this.prefix = new Uint8Array(prefix.length)
    this.transform = transform
    this.suffix = new Uint8Array(suffix.length)

    for (let i = 0; i < prefix.length; i++) this.prefix[i] = prefix.charCodeAt(i)
    for (let i = 0; i < suffix.length; i++) this.suffix[i] = suffix.charCodeAt(i)
  }
}

const kTransforms = [
  new Transform( '', kIdentity, '' ),
  new Transform( '', kIdentity, ' ' ),
  new Transform( ' ', kIdentity, ' ' ),
  new Transform( '', kOmitFirst1, '' ),
  new Transform( '', kUppercaseFirst, ' ' ),
  new Transform( '', kIdentity, ' the ' ),
  new Transform( ' ', kIdentity, '' ),
  new Transform( 's ', kIdentity, ' ' ),
  new Transform( '', kIdentity, ' of ' ),
  new Transform( '', kUppercaseFirst, '' ),
  new Transform( '', kIdentity, ' and ' ),
  new Transform( '', kOmitFirst2, '' ),
  new Transform( '', kOmitLast1, '' ),
  new Transform( ', ', kIdentity, ' ' ),
  new Transform( '', kIdentity, ', ' ),
  new Transform( ' ', kUppercaseFirst, ' ' ),
  new Transform( '', kIdentity, ' in ' ),
  new Transform( '', kIdentity, ' to ' ),
  new Transform( 'e ', kIdentity, ' ' ),
  new Transform( '', kIdentity, '"' ),
  new Transform( '', kIdentity, '.' ),
  new Transform( '', kIdentity, '">' ),
  new Transform( '', kIdentity, '\n' ),
  new Transform( '', kOmitLast3, '' ),
  new Transform( '', kIdentity, ']' ),
  new Transform( '', kIdentity, ' for ' ),
  new Transform( '', kOmitFirst3, '' ),
  new Transform( '', kOmitLast2, '' ),
  new Transform( '', kIdentity, ' a ' ),
  new Transform( '', kIdentity, ' that ' ),
  new Transform( ' ', kUppercaseFirst, '' ),
  new Transform( '', kIdentity, '. ' ),
  new Transform( '.', kIdentity, '' ),
  new Transform( ' ', kIdentity, ', ' ),
  new Transform( '', kOmitFirst4, '' ),
  new Transform( '', kIdentity, ' with ' ),
  new Transform( '', kIdentity, '\'' ),
  new Transform( '', kIdentity, ' from ' ),
  new Transform( '', kIdentity, ' by ' ),
  new Transform( '', kOmitFirst5, '' ),
  new Transform( '', kOmitFirst6, '' ),
  new Transform( ' the ', kIdentity, '' ),
  new Transform( '', kOmitLast4, '' ),
  new Transform( '', kIdentity, '. The ' ),
  new Transform( '', kUppercaseAll, '' ),
  new Transform( '', kIdentity, ' on ' ),
  new Transform( '', kIdentity, ' as ' ),
  new Transform( '', kIdentity, ' is ' ),
  new Transform( '', kOmitLast7, '' ),
  new Transform( '', kOmitLast1, 'ing ' ),
  new Transform( '', kIdentity, '\n\t' ),
  new Transform( '', kIdentity, ':' ),
  new Transform( ' ', kIdentity, '. ' ),
  new Transform( '', kIdentity, 'ed ' ),
  new Transform( '', kOmitFirst9, '' ),
  new Transform( '', kOmitFirst7, '' ),
  new Transform( '', kOmitLast6, '' ),
  new Transform( '', kIdentity, '(' ),
  new Transform( '', kUppercaseFirst, ', ' ),
  new Transform( '', kOmitLast8, '' ),
  new Transform( '', kIdentity, ' at ' ),
  new Transform( '', kIdentity, 'ly ' ),
  new Transform( ' the ', kIdentity, ' of ' ),
  new Transform( '', kOmitLast5, '' ),
  new Transform( '', kOmitLast9, '' ),
  new Transform( ' ', kUppercaseFirst, ', ' ),
  new Transform( '', kUppercaseFirst, '"' ),
  new Transform( '.', kIdentity, '(' ),
  new Transform( '', kUppercaseAll, ' ' ),
  new Transform( '', kUppercaseFirst, '">' ),
  new Transform( '', kIdentity, '="' ),
  new Transform( ' ', kIdentity, '.' ),
  new Transform( '.com/', kIdentity, '' ),
  new Transform( ' the ', kIdentity, ' of the ' ),
  new Transform( '', kUppercaseFirst, '\'' ),
  new Transform( '', kIdentity, '. This ' ),
  new Transform( '', kIdentity, ',' ),
  new Transform( '.', kIdentity, ' ' ),
  new Transform( '', kUppercaseFirst, '(' ),
  new Transform( '', kUppercaseFirst, '.' ),
  new Transform( '', kIdentity, ' not ' ),
  new Transform( ' ', kIdentity, '="' ),
  new Transform( '', kIdentity, 'er ' ),
  new Transform( ' ', kUppercaseAll, ' ' ),
  new Transform( '', kIdentity, 'al ' ),
  new Transform( ' ', kUppercaseAll, '' ),
  new Transform( '', kIdentity, '=\'' ),
  new Transform( '', kUppercaseAll, '"' ),
  new Transform( '', kUppercaseFirst, '. ' ),
  new Transform( ' ', kIdentity, '(' ),
  new Transform( '', kIdentity, 'ful ' ),
  new Transform( ' ', kUppercaseFirst, '. ' ),
  new Transform( '', kIdentity, 'ive ' ),
  new Transform( '', kIdentity, 'less ' ),
  new Transform( '', kUppercaseAll, '\'' ),
  new Transform( '', kIdentity, 'est ' ),
  new Transform( ' ', kUppercaseFirst, '.' ),
  new Transform( '', kUppercaseAll, '">' ),
  new Transform( ' ', kIdentity, '=\'' ),
  new Transform( '', kUppercaseFirst, ',' ),
  new Transform( '', kIdentity, 'ize ' ),
  new Transform( '', kUppercaseAll, '.' ),
  new Transform( '\xc2\xa0', kIdentity, '' ),
  new Transform( ' ', kIdentity, ',' ),
  new Transform( '', kUppercaseFirst, '="' ),
  new Transform( '', kUppercaseAll, '="' ),
  new Transform( '', kIdentity, 'ous ' ),
  new Transform( '', kUppercaseAll, ', ' ),
  new Transform( '', kUppercaseFirst, '=\'' ),
  new Transform( ' ', kUppercaseFirst, ',' ),
  new Transform( ' ', kUppercaseAll, '="' ),
  new Transform( ' ', kUppercaseAll, ', ' ),
  new Transform( '', kUppercaseAll, ',' ),
  new Transform( '', kUppercaseAll, '(' ),
  new Transform( '', kUppercaseAll, '. ' ),
  new Transform( ' ', kUppercaseAll, '.' ),
  new Transform( '', kUppercaseAll, '=\'' ),
  new Transform( ' ', kUppercaseAll, '. ' ),
  new Transform( ' ', kUppercaseFirst, '="' ),
  new Transform( ' ', kUppercaseAll, '=\'' ),
  new Transform( ' ', kUppercaseFirst, '=\'' ),
]

const kNumTransforms = kTransforms.length

/**
 * @param {Uint8Array} p
 * @param {number} i
 * @returns {number}
 */
function ToUpperCase(p, i) {
  if (p[i] < 0xc0) {
    if (p[i] >= 97 && p[i] <= 122) {
      p[i] ^= 32
    }
    return 1
  }

  /* An overly simplified uppercasing model for utf-8. */
  if (p[i] < 0xe0) {
    p[i + 1] ^= 32
    return 2
  }

  /* An arbitrary transform for three byte characters. */
  p[i + 2] ^= 5
  return 3
}

/**
 * @param {Uint8Array} dst
 * @param {number} idx
 * @param {number} word
 * @param {number} len
 * @param {number} transform
 * @returns {number}
 */
function transformDictionaryWord(dst, idx, word, len, transform) {
  const dictionary = getDictionary()
  const { prefix } = kTransforms[transform]
  const { suffix } = kTransforms[transform]
  const t = kTransforms[transform].transform
  let skip = t < kOmitFirst1 ? 0 : t - (kOmitFirst1 - 1)
  const start_idx = idx

  if (skip > len) skip = len

  let prefix_pos = 0
  while (prefix_pos < prefix.length) {
    dst[idx++] = prefix[prefix_pos++]
  }

  word += skip
  len -= skip

  if (t <= kOmitLast9) len -= t

  for (let i = 0; i < len; i++) {
    dst[idx++] = dictionary[word + i]
  }

  let uppercase = idx - len

  if (t === kUppercaseFirst) {
    ToUpperCase(dst, uppercase)
  } else if (t === kUppercaseAll) {
    while (len > 0) {
      const step = ToUpperCase(dst, uppercase)
      uppercase += step
      len -= step
    }
  }

  let suffix_pos = 0
  while (suffix_pos < suffix.length) {
    dst[idx++] = suffix[suffix_pos++]
  }

  return idx - start_idx
}

;// CONCATENATED MODULE: ./node_modules/hyparquet-compressors/src/brotli.js
/* Adapted from https://github.com/foliojs/brotli.js
 * Copyright 2015 Devon Govett, MIT License
 * Copyright 2013 Google Inc, Apache License 2.0
 */











const kNumLiteralCodes = 256
const kNumInsertAndCopyCodes = 704
const kNumBlockLengthCodes = 26
const kLiteralContextBits = 6
const kDistanceContextBits = 2

const NUM_DISTANCE_SHORT_CODES = 16
const kDistanceShortCodeIndexOffset = new Uint8Array([
  3, 2, 1, 0, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2,
])

const kDistanceShortCodeValueOffset = new Int8Array([
  0, 0, 0, 0, -1, 1, -2, 2, -3, 3, -1, 1, -2, 2, -3, 3,
])

// Brotli dictionary
const offsetsByLength = new Uint32Array([
  0, 0, 0, 0, 0, 4096, 9216, 21504, 35840, 44032,
  53248, 63488, 74752, 87040, 93696, 100864, 104704, 106752, 108928, 113536,
  115968, 118528, 119872, 121280, 122016,
])

const sizeBitsByLength = new Uint8Array([
  0, 0, 0, 0, 10, 10, 11, 11, 10, 10,
  10, 10, 10, 9, 9, 8, 7, 7, 8, 7,
  7, 6, 6, 5, 5,
])

const minDictionaryWordLength = 4
const maxDictionaryWordLength = 24

/**
 * @param {Uint8Array} input
 * @param {number} outputLength
 * @returns {Uint8Array}
 */
function decompressBrotli(input, outputLength) {
  const output = new Uint8Array(outputLength)
  const brotliInput = new BrotliInput(input)
  const brotliOutput = new BrotliOutput(output)
  brotli(brotliInput, brotliOutput)
  return output
}

/**
 * @param {BrotliInput} input
 * @param {BrotliOutput} output
 */
function brotli(input, output) {
  let pos = 0
  let input_end = 0
  let max_distance = 0
  // This ring buffer holds a few past copy distances that will be used by special distance codes
  const dist_rb = [ 16, 15, 11, 4 ]
  let dist_rb_idx = 0
  const hgroup = [new HuffmanTreeGroup(0, 0), new HuffmanTreeGroup(0, 0), new HuffmanTreeGroup(0, 0)]

  // We need the slack region for the following reasons:
  //   - always doing two 8-byte copies for fast backward copying
  //   - transforms
  //   - flushing the input ringbuffer when decoding uncompressed blocks
  const kRingBufferWriteAheadSlack = 128 + BrotliBitReader.READ_SIZE

  const br = new BrotliBitReader(input)

  // Decode window size
  const window_bits = decodeWindowBits(br)
  const max_backward_distance = (1 << window_bits) - 16

  const ringbuffer_size = 1 << window_bits
  const ringbuffer_mask = ringbuffer_size - 1
  const ringbuffer = new Uint8Array(ringbuffer_size + kRingBufferWriteAheadSlack + maxDictionaryWordLength)
  const ringbuffer_end = ringbuffer_size

  const block_type_trees = []
  const block_len_trees = []
  for (let x = 0; x < 3 * HUFFMAN_MAX_TABLE_SIZE; x++) {
    block_type_trees[x] = new HuffmanCode(0, 0)
    block_len_trees[x] = new HuffmanCode(0, 0)
  }

  while (!input_end) {
    const block_length = [ 1 << 28, 1 << 28, 1 << 28 ]
    const block_type = [ 0 ]
    const num_block_types = [ 1, 1, 1 ]
    const block_type_rb = [ 0, 1, 0, 1, 0, 1 ]
    const block_type_rb_index = [ 0 ]

    for (let i = 0; i < 3; i++) {
      hgroup[i].codes = []
      hgroup[i].htrees = new Uint32Array()
    }

    br.readMoreInput()

    const _out = decodeMetaBlockLength(br)
    let meta_block_remaining_len = _out.meta_block_length
    if (pos + meta_block_remaining_len > output.buffer.length) {
      // We need to grow the output buffer to fit the additional data
      const tmp = new Uint8Array( pos + meta_block_remaining_len )
      tmp.set( output.buffer )
      output.buffer = tmp
    }
    input_end = _out.input_end

    if (_out.is_metadata) {
      jumpToByteBoundary(br)

      for (; meta_block_remaining_len > 0; --meta_block_remaining_len) {
        br.readMoreInput()
        // Read one byte and ignore it
        br.readBits(8)
      }

      continue
    }

    if (meta_block_remaining_len === 0) continue

    if (_out.is_uncompressed) {
      br.bit_pos_ = br.bit_pos_ + 7 & ~7
      copyUncompressedBlockToOutput(output, meta_block_remaining_len, pos, ringbuffer, ringbuffer_mask, br)
      pos += meta_block_remaining_len
      continue
    }

    for (let i = 0; i < 3; i++) {
      num_block_types[i] = decodeVarLenUint8(br) + 1
      if (num_block_types[i] >= 2) {
        readHuffmanCode(num_block_types[i] + 2, block_type_trees, i * HUFFMAN_MAX_TABLE_SIZE, br)
        readHuffmanCode(kNumBlockLengthCodes, block_len_trees, i * HUFFMAN_MAX_TABLE_SIZE, br)
        block_length[i] = readBlockLength(block_len_trees, i * HUFFMAN_MAX_TABLE_SIZE, br)
        block_type_rb_index[i] = 1
      }
    }

    br.readMoreInput()

    const distance_postfix_bits = br.readBits(2)
    const num_direct_distance_codes = NUM_DISTANCE_SHORT_CODES + (br.readBits(4) << distance_postfix_bits)
    const distance_postfix_mask = (1 << distance_postfix_bits) - 1
    const num_distance_codes = num_direct_distance_codes + (48 << distance_postfix_bits)
    const context_modes = new Uint8Array(num_block_types[0])

    for (let i = 0; i < num_block_types[0]; i++) {
      br.readMoreInput()
      context_modes[i] = br.readBits(2) << 1
    }

    const [num_literal_htrees, context_map] = decodeContextMap(num_block_types[0] << kLiteralContextBits, br)
    const [num_dist_htrees, dist_context_map] = decodeContextMap(num_block_types[2] << kDistanceContextBits, br)

    hgroup[0] = new HuffmanTreeGroup(kNumLiteralCodes, num_literal_htrees)
    hgroup[1] = new HuffmanTreeGroup(kNumInsertAndCopyCodes, num_block_types[1])
    hgroup[2] = new HuffmanTreeGroup(num_distance_codes, num_dist_htrees)

    for (let i = 0; i < 3; ++i) {
      hgroup[i].decode(br)
    }

    let context_map_slice = 0
    let dist_context_map_slice = 0
    let context_mode = context_modes[block_type[0]]
    let context_lookup_offset1 = lookupOffsets[context_mode]
    let context_lookup_offset2 = lookupOffsets[context_mode + 1]
    let htree_command = hgroup[1].htrees[0]

    while (meta_block_remaining_len > 0) {
      let distance_code

      br.readMoreInput()

      if (block_length[1] === 0) {
        decodeBlockType(num_block_types[1],
          block_type_trees, 1, block_type, block_type_rb,
          block_type_rb_index, br)
        block_length[1] = readBlockLength(block_len_trees, HUFFMAN_MAX_TABLE_SIZE, br)
        htree_command = hgroup[1].htrees[block_type[1]]
      }
      block_length[1]--
      const cmd_code = readSymbol(hgroup[1].codes, htree_command, br)
      let range_idx = cmd_code >> 6
      if (range_idx >= 2) {
        range_idx -= 2
        distance_code = -1
      } else {
        distance_code = 0
      }
      const insertIndex = kInsertRangeLut[range_idx] + (cmd_code >> 3 & 7)
      const insertPrefix = kInsertLengthPrefixCode[insertIndex]
      const insertLength = insertPrefix.offset + br.readBits(insertPrefix.nbits)
      const copyIndex = kCopyRangeLut[range_idx] + (cmd_code & 7)
      const copyCode = kCopyLengthPrefixCode[copyIndex]
      const copyLength = copyCode.offset + br.readBits(copyCode.nbits)
      let prev_byte1 = ringbuffer[pos - 1 & ringbuffer_mask]
      let prev_byte2 = ringbuffer[pos - 2 & ringbuffer_mask]
      for (let j = 0; j < insertLength; j++) {
        br.readMoreInput()

        if (block_length[0] === 0) {
          decodeBlockType(num_block_types[0],
            block_type_trees, 0, block_type, block_type_rb,
            block_type_rb_index, br)
          block_length[0] = readBlockLength(block_len_trees, 0, br)
          const context_offset = block_type[0] << kLiteralContextBits
          context_map_slice = context_offset
          context_mode = context_modes[block_type[0]]
          context_lookup_offset1 = lookupOffsets[context_mode]
          context_lookup_offset2 = lookupOffsets[context_mode + 1]
        }
        const context = lookup[context_lookup_offset1 + prev_byte1] |
                   lookup[context_lookup_offset2 + prev_byte2]
        const literal_htree_index = context_map[context_map_slice + context]
        block_length[0]--
        prev_byte2 = prev_byte1
        prev_byte1 = readSymbol(hgroup[0].codes, hgroup[0].htrees[literal_htree_index], br)
        ringbuffer[pos & ringbuffer_mask] = prev_byte1
        if ((pos & ringbuffer_mask) === ringbuffer_mask) {
          output.write(ringbuffer, ringbuffer_size)
        }
        pos++
      }
      meta_block_remaining_len -= insertLength
      if (meta_block_remaining_len <= 0) break

      if (distance_code < 0) {
        br.readMoreInput()
        if (block_length[2] === 0) {
          decodeBlockType(num_block_types[2],
            block_type_trees, 2, block_type, block_type_rb,
            block_type_rb_index, br)
          block_length[2] = readBlockLength(block_len_trees, 2 * HUFFMAN_MAX_TABLE_SIZE, br)
          dist_context_map_slice = block_type[2] << kDistanceContextBits
        }
        block_length[2]--
        const context = (copyLength > 4 ? 3 : copyLength - 2) & 0xff
        const dist_htree_index = dist_context_map[dist_context_map_slice + context]
        distance_code = readSymbol(hgroup[2].codes, hgroup[2].htrees[dist_htree_index], br)
        if (distance_code >= num_direct_distance_codes) {
          distance_code -= num_direct_distance_codes
          const postfix = distance_code & distance_postfix_mask
          distance_code >>= distance_postfix_bits
          const nbits = (distance_code >> 1) + 1
          const offset = (2 + (distance_code & 1) << nbits) - 4
          distance_code = num_direct_distance_codes +
              (offset + br.readBits(nbits) <<
               distance_postfix_bits) + postfix
        }
      }

      // Convert distance code to actual distance by possibly looking up past distnaces from the ringbuffer
      const distance = translateShortCodes(distance_code, dist_rb, dist_rb_idx)
      if (distance < 0) throw new Error('[BrotliDecompress] invalid distance')

      if (pos < max_backward_distance && max_distance !== max_backward_distance) {
        max_distance = pos
      } else {
        max_distance = max_backward_distance
      }

      let copy_dst = pos & ringbuffer_mask

      if (distance > max_distance) {
        if (copyLength >= minDictionaryWordLength && copyLength <= maxDictionaryWordLength) {
          let offset = offsetsByLength[copyLength]
          const word_id = distance - max_distance - 1
          const shift = sizeBitsByLength[copyLength]
          const mask = (1 << shift) - 1
          const word_idx = word_id & mask
          const transform_idx = word_id >> shift
          offset += word_idx * copyLength
          if (transform_idx < kNumTransforms) {
            const len = transformDictionaryWord(ringbuffer, copy_dst, offset, copyLength, transform_idx)
            copy_dst += len
            pos += len
            meta_block_remaining_len -= len
            if (copy_dst >= ringbuffer_end) {
              output.write(ringbuffer, ringbuffer_size)

              for (let _x = 0; _x < copy_dst - ringbuffer_end; _x++)
                ringbuffer[_x] = ringbuffer[ringbuffer_end + _x]
            }
          } else {
            throw new Error('Invalid backward reference')
          }
        } else {
          throw new Error('Invalid backward reference')
        }
      } else {
        if (distance_code > 0) {
          dist_rb[dist_rb_idx & 3] = distance
          dist_rb_idx++
        }

        if (copyLength > meta_block_remaining_len) {
          throw new Error('Invalid backward reference')
        }

        for (let j = 0; j < copyLength; j++) {
          ringbuffer[pos & ringbuffer_mask] = ringbuffer[pos - distance & ringbuffer_mask]
          if ((pos & ringbuffer_mask) === ringbuffer_mask) {
            output.write(ringbuffer, ringbuffer_size)
          }
          pos++
          meta_block_remaining_len--
        }
      }
    }

    // Protect pos from overflow, wrap it around at every GB of input data
    pos &= 0x3fffffff
  }

  output.write(ringbuffer, pos & ringbuffer_mask)
}

/**
 * @param {number} code
 * @param {number[]} ringbuffer
 * @param {number} index
 * @returns {number}
 */
function translateShortCodes(code, ringbuffer, index) {
  if (code < NUM_DISTANCE_SHORT_CODES) {
    index += kDistanceShortCodeIndexOffset[code]
    index &= 3
    return ringbuffer[index] + kDistanceShortCodeValueOffset[code]
  } else {
    return code - NUM_DISTANCE_SHORT_CODES + 1
  }
}

;// CONCATENATED MODULE: ./node_modules/fzstd/esm/index.mjs
// Some numerical data is initialized as -1 even when it doesn't need initialization to help the JIT infer types
// aliases for shorter compressed code (most minifers don't do this)
var ab = ArrayBuffer, u8 = Uint8Array, u16 = Uint16Array, i16 = Int16Array, u32 = (/* unused pure expression or super */ null && (Uint32Array)), i32 = Int32Array;
var slc = function (v, s, e) {
    if (u8.prototype.slice)
        return u8.prototype.slice.call(v, s, e);
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    var n = new u8(e - s);
    n.set(v.subarray(s, e));
    return n;
};
var fill = function (v, n, s, e) {
    if (u8.prototype.fill)
        return u8.prototype.fill.call(v, n, s, e);
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    for (; s < e; ++s)
        v[s] = n;
    return v;
};
var cpw = function (v, t, s, e) {
    if (u8.prototype.copyWithin)
        return u8.prototype.copyWithin.call(v, t, s, e);
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    while (s < e) {
        v[t++] = v[s++];
    }
};
/**
 * Codes for errors generated within this library
 */
var ZstdErrorCode = {
    InvalidData: 0,
    WindowSizeTooLarge: 1,
    InvalidBlockType: 2,
    FSEAccuracyTooHigh: 3,
    DistanceTooFarBack: 4,
    UnexpectedEOF: 5
};
// error codes
var ec = [
    'invalid zstd data',
    'window size too large (>2046MB)',
    'invalid block type',
    'FSE accuracy too high',
    'match distance too far back',
    'unexpected EOF'
];
var err = function (ind, msg, nt) {
    var e = new Error(msg || ec[ind]);
    e.code = ind;
    if (Error.captureStackTrace)
        Error.captureStackTrace(e, err);
    if (!nt)
        throw e;
    return e;
};
var rb = function (d, b, n) {
    var i = 0, o = 0;
    for (; i < n; ++i)
        o |= d[b++] << (i << 3);
    return o;
};
var b4 = function (d, b) { return (d[b] | (d[b + 1] << 8) | (d[b + 2] << 16) | (d[b + 3] << 24)) >>> 0; };
// read Zstandard frame header
var rzfh = function (dat, w) {
    var n3 = dat[0] | (dat[1] << 8) | (dat[2] << 16);
    if (n3 == 0x2FB528 && dat[3] == 253) {
        // Zstandard
        var flg = dat[4];
        //    single segment       checksum             dict flag     frame content flag
        var ss = (flg >> 5) & 1, cc = (flg >> 2) & 1, df = flg & 3, fcf = flg >> 6;
        if (flg & 8)
            err(0);
        // byte
        var bt = 6 - ss;
        // dict bytes
        var db = df == 3 ? 4 : df;
        // dictionary id
        var di = rb(dat, bt, db);
        bt += db;
        // frame size bytes
        var fsb = fcf ? (1 << fcf) : ss;
        // frame source size
        var fss = rb(dat, bt, fsb) + ((fcf == 1) && 256);
        // window size
        var ws = fss;
        if (!ss) {
            // window descriptor
            var wb = 1 << (10 + (dat[5] >> 3));
            ws = wb + (wb >> 3) * (dat[5] & 7);
        }
        if (ws > 2145386496)
            err(1);
        var buf = new u8((w == 1 ? (fss || ws) : w ? 0 : ws) + 12);
        buf[0] = 1, buf[4] = 4, buf[8] = 8;
        return {
            b: bt + fsb,
            y: 0,
            l: 0,
            d: di,
            w: (w && w != 1) ? w : buf.subarray(12),
            e: ws,
            o: new i32(buf.buffer, 0, 3),
            u: fss,
            c: cc,
            m: Math.min(131072, ws)
        };
    }
    else if (((n3 >> 4) | (dat[3] << 20)) == 0x184D2A5) {
        // skippable
        return b4(dat, 4) + 8;
    }
    err(0);
};
// most significant bit for nonzero
var msb = function (val) {
    var bits = 0;
    for (; (1 << bits) <= val; ++bits)
        ;
    return bits - 1;
};
// read finite state entropy
var rfse = function (dat, bt, mal) {
    // table pos
    var tpos = (bt << 3) + 4;
    // accuracy log
    var al = (dat[bt] & 15) + 5;
    if (al > mal)
        err(3);
    // size
    var sz = 1 << al;
    // probabilities symbols  repeat   index   high threshold
    var probs = sz, sym = -1, re = -1, i = -1, ht = sz;
    // optimization: single allocation is much faster
    var buf = new ab(512 + (sz << 2));
    var freq = new i16(buf, 0, 256);
    // same view as freq
    var dstate = new u16(buf, 0, 256);
    var nstate = new u16(buf, 512, sz);
    var bb1 = 512 + (sz << 1);
    var syms = new u8(buf, bb1, sz);
    var nbits = new u8(buf, bb1 + sz);
    while (sym < 255 && probs > 0) {
        var bits = msb(probs + 1);
        var cbt = tpos >> 3;
        // mask
        var msk = (1 << (bits + 1)) - 1;
        var val = ((dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16)) >> (tpos & 7)) & msk;
        // mask (1 fewer bit)
        var msk1fb = (1 << bits) - 1;
        // max small value
        var msv = msk - probs - 1;
        // small value
        var sval = val & msk1fb;
        if (sval < msv)
            tpos += bits, val = sval;
        else {
            tpos += bits + 1;
            if (val > msk1fb)
                val -= msv;
        }
        freq[++sym] = --val;
        if (val == -1) {
            probs += val;
            syms[--ht] = sym;
        }
        else
            probs -= val;
        if (!val) {
            do {
                // repeat byte
                var rbt = tpos >> 3;
                re = ((dat[rbt] | (dat[rbt + 1] << 8)) >> (tpos & 7)) & 3;
                tpos += 2;
                sym += re;
            } while (re == 3);
        }
    }
    if (sym > 255 || probs)
        err(0);
    var sympos = 0;
    // sym step (coprime with sz - formula from zstd source)
    var sstep = (sz >> 1) + (sz >> 3) + 3;
    // sym mask
    var smask = sz - 1;
    for (var s = 0; s <= sym; ++s) {
        var sf = freq[s];
        if (sf < 1) {
            dstate[s] = -sf;
            continue;
        }
        // This is split into two loops in zstd to avoid branching, but as JS is higher-level that is unnecessary
        for (i = 0; i < sf; ++i) {
            syms[sympos] = s;
            do {
                sympos = (sympos + sstep) & smask;
            } while (sympos >= ht);
        }
    }
    // After spreading symbols, should be zero again
    if (sympos)
        err(0);
    for (i = 0; i < sz; ++i) {
        // next state
        var ns = dstate[syms[i]]++;
        // num bits
        var nb = nbits[i] = al - msb(ns);
        nstate[i] = (ns << nb) - sz;
    }
    return [(tpos + 7) >> 3, {
            b: al,
            s: syms,
            n: nbits,
            t: nstate
        }];
};
// read huffman
var rhu = function (dat, bt) {
    //  index  weight count
    var i = 0, wc = -1;
    //    buffer             header byte
    var buf = new u8(292), hb = dat[bt];
    // huffman weights
    var hw = buf.subarray(0, 256);
    // rank count
    var rc = buf.subarray(256, 268);
    // rank index
    var ri = new u16(buf.buffer, 268);
    // NOTE: at this point bt is 1 less than expected
    if (hb < 128) {
        // end byte, fse decode table
        var _a = rfse(dat, bt + 1, 6), ebt = _a[0], fdt = _a[1];
        bt += hb;
        var epos = ebt << 3;
        // last byte
        var lb = dat[bt];
        if (!lb)
            err(0);
        //  state1   state2   state1 bits   state2 bits
        var st1 = 0, st2 = 0, btr1 = fdt.b, btr2 = btr1;
        // fse pos
        // pre-increment to account for original deficit of 1
        var fpos = (++bt << 3) - 8 + msb(lb);
        for (;;) {
            fpos -= btr1;
            if (fpos < epos)
                break;
            var cbt = fpos >> 3;
            st1 += ((dat[cbt] | (dat[cbt + 1] << 8)) >> (fpos & 7)) & ((1 << btr1) - 1);
            hw[++wc] = fdt.s[st1];
            fpos -= btr2;
            if (fpos < epos)
                break;
            cbt = fpos >> 3;
            st2 += ((dat[cbt] | (dat[cbt + 1] << 8)) >> (fpos & 7)) & ((1 << btr2) - 1);
            hw[++wc] = fdt.s[st2];
            btr1 = fdt.n[st1];
            st1 = fdt.t[st1];
            btr2 = fdt.n[st2];
            st2 = fdt.t[st2];
        }
        if (++wc > 255)
            err(0);
    }
    else {
        wc = hb - 127;
        for (; i < wc; i += 2) {
            var byte = dat[++bt];
            hw[i] = byte >> 4;
            hw[i + 1] = byte & 15;
        }
        ++bt;
    }
    // weight exponential sum
    var wes = 0;
    for (i = 0; i < wc; ++i) {
        var wt = hw[i];
        // bits must be at most 11, same as weight
        if (wt > 11)
            err(0);
        wes += wt && (1 << (wt - 1));
    }
    // max bits
    var mb = msb(wes) + 1;
    // table size
    var ts = 1 << mb;
    // remaining sum
    var rem = ts - wes;
    // must be power of 2
    if (rem & (rem - 1))
        err(0);
    hw[wc++] = msb(rem) + 1;
    for (i = 0; i < wc; ++i) {
        var wt = hw[i];
        ++rc[hw[i] = wt && (mb + 1 - wt)];
    }
    // huf buf
    var hbuf = new u8(ts << 1);
    //    symbols                      num bits
    var syms = hbuf.subarray(0, ts), nb = hbuf.subarray(ts);
    ri[mb] = 0;
    for (i = mb; i > 0; --i) {
        var pv = ri[i];
        fill(nb, i, pv, ri[i - 1] = pv + rc[i] * (1 << (mb - i)));
    }
    if (ri[0] != ts)
        err(0);
    for (i = 0; i < wc; ++i) {
        var bits = hw[i];
        if (bits) {
            var code = ri[bits];
            fill(syms, i, code, ri[bits] = code + (1 << (mb - bits)));
        }
    }
    return [bt, {
            n: nb,
            b: mb,
            s: syms
        }];
};
// Tables generated using this:
// https://gist.github.com/101arrowz/a979452d4355992cbf8f257cbffc9edd
// default literal length table
var dllt = /*#__PURE__*/ rfse(/*#__PURE__*/ new u8([
    81, 16, 99, 140, 49, 198, 24, 99, 12, 33, 196, 24, 99, 102, 102, 134, 70, 146, 4
]), 0, 6)[1];
// default match length table
var dmlt = /*#__PURE__*/ rfse(/*#__PURE__*/ new u8([
    33, 20, 196, 24, 99, 140, 33, 132, 16, 66, 8, 33, 132, 16, 66, 8, 33, 68, 68, 68, 68, 68, 68, 68, 68, 36, 9
]), 0, 6)[1];
// default offset code table
var doct = /*#__PURE__ */ rfse(/*#__PURE__*/ new u8([
    32, 132, 16, 66, 102, 70, 68, 68, 68, 68, 36, 73, 2
]), 0, 5)[1];
// bits to baseline
var b2bl = function (b, s) {
    var len = b.length, bl = new i32(len);
    for (var i = 0; i < len; ++i) {
        bl[i] = s;
        s += 1 << b[i];
    }
    return bl;
};
// literal length bits
var llb = /*#__PURE__ */ new u8(( /*#__PURE__ */new i32([
    0, 0, 0, 0, 16843009, 50528770, 134678020, 202050057, 269422093
])).buffer, 0, 36);
// literal length baseline
var llbl = /*#__PURE__ */ b2bl(llb, 0);
// match length bits
var mlb = /*#__PURE__ */ new u8(( /*#__PURE__ */new i32([
    0, 0, 0, 0, 0, 0, 0, 0, 16843009, 50528770, 117769220, 185207048, 252579084, 16
])).buffer, 0, 53);
// match length baseline
var mlbl = /*#__PURE__ */ b2bl(mlb, 3);
// decode huffman stream
var dhu = function (dat, out, hu) {
    var len = dat.length, ss = out.length, lb = dat[len - 1], msk = (1 << hu.b) - 1, eb = -hu.b;
    if (!lb)
        err(0);
    var st = 0, btr = hu.b, pos = (len << 3) - 8 + msb(lb) - btr, i = -1;
    for (; pos > eb && i < ss;) {
        var cbt = pos >> 3;
        var val = (dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16)) >> (pos & 7);
        st = ((st << btr) | val) & msk;
        out[++i] = hu.s[st];
        pos -= (btr = hu.n[st]);
    }
    if (pos != eb || i + 1 != ss)
        err(0);
};
// decode huffman stream 4x
// TODO: use workers to parallelize
var dhu4 = function (dat, out, hu) {
    var bt = 6;
    var ss = out.length, sz1 = (ss + 3) >> 2, sz2 = sz1 << 1, sz3 = sz1 + sz2;
    dhu(dat.subarray(bt, bt += dat[0] | (dat[1] << 8)), out.subarray(0, sz1), hu);
    dhu(dat.subarray(bt, bt += dat[2] | (dat[3] << 8)), out.subarray(sz1, sz2), hu);
    dhu(dat.subarray(bt, bt += dat[4] | (dat[5] << 8)), out.subarray(sz2, sz3), hu);
    dhu(dat.subarray(bt), out.subarray(sz3), hu);
};
// read Zstandard block
var rzb = function (dat, st, out) {
    var _a;
    var bt = st.b;
    //    byte 0        block type
    var b0 = dat[bt], btype = (b0 >> 1) & 3;
    st.l = b0 & 1;
    var sz = (b0 >> 3) | (dat[bt + 1] << 5) | (dat[bt + 2] << 13);
    // end byte for block
    var ebt = (bt += 3) + sz;
    if (btype == 1) {
        if (bt >= dat.length)
            return;
        st.b = bt + 1;
        if (out) {
            fill(out, dat[bt], st.y, st.y += sz);
            return out;
        }
        return fill(new u8(sz), dat[bt]);
    }
    if (ebt > dat.length)
        return;
    if (btype == 0) {
        st.b = ebt;
        if (out) {
            out.set(dat.subarray(bt, ebt), st.y);
            st.y += sz;
            return out;
        }
        return slc(dat, bt, ebt);
    }
    if (btype == 2) {
        //    byte 3        lit btype     size format
        var b3 = dat[bt], lbt = b3 & 3, sf = (b3 >> 2) & 3;
        // lit src size  lit cmp sz 4 streams
        var lss = b3 >> 4, lcs = 0, s4 = 0;
        if (lbt < 2) {
            if (sf & 1)
                lss |= (dat[++bt] << 4) | ((sf & 2) && (dat[++bt] << 12));
            else
                lss = b3 >> 3;
        }
        else {
            s4 = sf;
            if (sf < 2)
                lss |= ((dat[++bt] & 63) << 4), lcs = (dat[bt] >> 6) | (dat[++bt] << 2);
            else if (sf == 2)
                lss |= (dat[++bt] << 4) | ((dat[++bt] & 3) << 12), lcs = (dat[bt] >> 2) | (dat[++bt] << 6);
            else
                lss |= (dat[++bt] << 4) | ((dat[++bt] & 63) << 12), lcs = (dat[bt] >> 6) | (dat[++bt] << 2) | (dat[++bt] << 10);
        }
        ++bt;
        // add literals to end - can never overlap with backreferences because unused literals always appended
        var buf = out ? out.subarray(st.y, st.y + st.m) : new u8(st.m);
        // starting point for literals
        var spl = buf.length - lss;
        if (lbt == 0)
            buf.set(dat.subarray(bt, bt += lss), spl);
        else if (lbt == 1)
            fill(buf, dat[bt++], spl);
        else {
            // huffman table
            var hu = st.h;
            if (lbt == 2) {
                var hud = rhu(dat, bt);
                // subtract description length
                lcs += bt - (bt = hud[0]);
                st.h = hu = hud[1];
            }
            else if (!hu)
                err(0);
            (s4 ? dhu4 : dhu)(dat.subarray(bt, bt += lcs), buf.subarray(spl), hu);
        }
        // num sequences
        var ns = dat[bt++];
        if (ns) {
            if (ns == 255)
                ns = (dat[bt++] | (dat[bt++] << 8)) + 0x7F00;
            else if (ns > 127)
                ns = ((ns - 128) << 8) | dat[bt++];
            // symbol compression modes
            var scm = dat[bt++];
            if (scm & 3)
                err(0);
            var dts = [dmlt, doct, dllt];
            for (var i = 2; i > -1; --i) {
                var md = (scm >> ((i << 1) + 2)) & 3;
                if (md == 1) {
                    // rle buf
                    var rbuf = new u8([0, 0, dat[bt++]]);
                    dts[i] = {
                        s: rbuf.subarray(2, 3),
                        n: rbuf.subarray(0, 1),
                        t: new u16(rbuf.buffer, 0, 1),
                        b: 0
                    };
                }
                else if (md == 2) {
                    // accuracy log 8 for offsets, 9 for others
                    _a = rfse(dat, bt, 9 - (i & 1)), bt = _a[0], dts[i] = _a[1];
                }
                else if (md == 3) {
                    if (!st.t)
                        err(0);
                    dts[i] = st.t[i];
                }
            }
            var _b = st.t = dts, mlt = _b[0], oct = _b[1], llt = _b[2];
            var lb = dat[ebt - 1];
            if (!lb)
                err(0);
            var spos = (ebt << 3) - 8 + msb(lb) - llt.b, cbt = spos >> 3, oubt = 0;
            var lst = ((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << llt.b) - 1);
            cbt = (spos -= oct.b) >> 3;
            var ost = ((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << oct.b) - 1);
            cbt = (spos -= mlt.b) >> 3;
            var mst = ((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << mlt.b) - 1);
            for (++ns; --ns;) {
                var llc = llt.s[lst];
                var lbtr = llt.n[lst];
                var mlc = mlt.s[mst];
                var mbtr = mlt.n[mst];
                var ofc = oct.s[ost];
                var obtr = oct.n[ost];
                cbt = (spos -= ofc) >> 3;
                var ofp = 1 << ofc;
                var off = ofp + (((dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16) | (dat[cbt + 3] << 24)) >>> (spos & 7)) & (ofp - 1));
                cbt = (spos -= mlb[mlc]) >> 3;
                var ml = mlbl[mlc] + (((dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16)) >> (spos & 7)) & ((1 << mlb[mlc]) - 1));
                cbt = (spos -= llb[llc]) >> 3;
                var ll = llbl[llc] + (((dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16)) >> (spos & 7)) & ((1 << llb[llc]) - 1));
                cbt = (spos -= lbtr) >> 3;
                lst = llt.t[lst] + (((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << lbtr) - 1));
                cbt = (spos -= mbtr) >> 3;
                mst = mlt.t[mst] + (((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << mbtr) - 1));
                cbt = (spos -= obtr) >> 3;
                ost = oct.t[ost] + (((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << obtr) - 1));
                if (off > 3) {
                    st.o[2] = st.o[1];
                    st.o[1] = st.o[0];
                    st.o[0] = off -= 3;
                }
                else {
                    var idx = off - (ll != 0);
                    if (idx) {
                        off = idx == 3 ? st.o[0] - 1 : st.o[idx];
                        if (idx > 1)
                            st.o[2] = st.o[1];
                        st.o[1] = st.o[0];
                        st.o[0] = off;
                    }
                    else
                        off = st.o[0];
                }
                for (var i = 0; i < ll; ++i) {
                    buf[oubt + i] = buf[spl + i];
                }
                oubt += ll, spl += ll;
                var stin = oubt - off;
                if (stin < 0) {
                    var len = -stin;
                    var bs = st.e + stin;
                    if (len > ml)
                        len = ml;
                    for (var i = 0; i < len; ++i) {
                        buf[oubt + i] = st.w[bs + i];
                    }
                    oubt += len, ml -= len, stin = 0;
                }
                for (var i = 0; i < ml; ++i) {
                    buf[oubt + i] = buf[stin + i];
                }
                oubt += ml;
            }
            if (oubt != spl) {
                while (spl < buf.length) {
                    buf[oubt++] = buf[spl++];
                }
            }
            else
                oubt = buf.length;
            if (out)
                st.y += oubt;
            else
                buf = slc(buf, 0, oubt);
        }
        else if (out) {
            st.y += lss;
            if (spl) {
                for (var i = 0; i < lss; ++i) {
                    buf[i] = buf[spl + i];
                }
            }
        }
        else if (spl)
            buf = slc(buf, spl);
        st.b = ebt;
        return buf;
    }
    err(2);
};
// concat
var cct = function (bufs, ol) {
    if (bufs.length == 1)
        return bufs[0];
    var buf = new u8(ol);
    for (var i = 0, b = 0; i < bufs.length; ++i) {
        var chk = bufs[i];
        buf.set(chk, b);
        b += chk.length;
    }
    return buf;
};
/**
 * Decompresses Zstandard data
 * @param dat The input data
 * @param buf The output buffer. If unspecified, the function will allocate
 *            exactly enough memory to fit the decompressed data. If your
 *            data has multiple frames and you know the output size, specifying
 *            it will yield better performance.
 * @returns The decompressed data
 */
function decompress(dat, buf) {
    var bufs = [], nb = +!buf;
    var bt = 0, ol = 0;
    for (; dat.length;) {
        var st = rzfh(dat, nb || buf);
        if (typeof st == 'object') {
            if (nb) {
                buf = null;
                if (st.w.length == st.u) {
                    bufs.push(buf = st.w);
                    ol += st.u;
                }
            }
            else {
                bufs.push(buf);
                st.e = 0;
            }
            for (; !st.l;) {
                var blk = rzb(dat, st, buf);
                if (!blk)
                    err(5);
                if (buf)
                    st.e = st.y;
                else {
                    bufs.push(blk);
                    ol += blk.length;
                    cpw(st.w, 0, blk.length);
                    st.w.set(blk, st.w.length - blk.length);
                }
            }
            bt = st.b + (st.c * 4);
        }
        else
            bt = st;
        dat = dat.subarray(bt);
    }
    return cct(bufs, ol);
}
/**
 * Decompressor for Zstandard streamed data
 */
var Decompress = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a Zstandard decompressor
     * @param ondata The handler for stream data
     */
    function Decompress(ondata) {
        this.ondata = ondata;
        this.c = [];
        this.l = 0;
        this.z = 0;
    }
    /**
     * Pushes data to be decompressed
     * @param chunk The chunk of data to push
     * @param final Whether or not this is the last chunk in the stream
     */
    Decompress.prototype.push = function (chunk, final) {
        if (typeof this.s == 'number') {
            var sub = Math.min(chunk.length, this.s);
            chunk = chunk.subarray(sub);
            this.s -= sub;
        }
        var sl = chunk.length;
        var ncs = sl + this.l;
        if (!this.s) {
            if (final) {
                if (!ncs) {
                    this.ondata(new u8(0), true);
                    return;
                }
                // min for frame + one block
                if (ncs < 5)
                    err(5);
            }
            else if (ncs < 18) {
                this.c.push(chunk);
                this.l = ncs;
                return;
            }
            if (this.l) {
                this.c.push(chunk);
                chunk = cct(this.c, ncs);
                this.c = [];
                this.l = 0;
            }
            if (typeof (this.s = rzfh(chunk)) == 'number')
                return this.push(chunk, final);
        }
        if (typeof this.s != 'number') {
            if (ncs < (this.z || 3)) {
                if (final)
                    err(5);
                this.c.push(chunk);
                this.l = ncs;
                return;
            }
            if (this.l) {
                this.c.push(chunk);
                chunk = cct(this.c, ncs);
                this.c = [];
                this.l = 0;
            }
            if (!this.z && ncs < (this.z = (chunk[this.s.b] & 2) ? 4 : 3 + ((chunk[this.s.b] >> 3) | (chunk[this.s.b + 1] << 5) | (chunk[this.s.b + 2] << 13)))) {
                if (final)
                    err(5);
                this.c.push(chunk);
                this.l = ncs;
                return;
            }
            else
                this.z = 0;
            for (;;) {
                var blk = rzb(chunk, this.s);
                if (!blk) {
                    if (final)
                        err(5);
                    var adc = chunk.subarray(this.s.b);
                    this.s.b = 0;
                    this.c.push(adc), this.l += adc.length;
                    return;
                }
                else {
                    this.ondata(blk, false);
                    cpw(this.s.w, 0, blk.length);
                    this.s.w.set(blk, this.s.w.length - blk.length);
                }
                if (this.s.l) {
                    var rest = chunk.subarray(this.s.b);
                    this.s = this.s.c * 4;
                    this.push(rest, final);
                    return;
                }
            }
        }
        else if (final)
            err(5);
    };
    return Decompress;
}())));


;// CONCATENATED MODULE: ./node_modules/hysnappy/js/uncompress.js
/**
 * Uncompress a snappy compressed buffer.
 *
 * @param {Uint8Array} input
 * @param {number} outputLength
 * @returns {Uint8Array}
 */
function uncompress_snappyUncompress(input, outputLength) {
  return snappyUncompressor()(input, outputLength)
}

/**
 * Load wasm and return uncompressor function.
 *
 * @returns {(input: Uint8Array, outputLength: number) => Uint8Array}
 */
function snappyUncompressor() {
  // Instantiate wasm module
  const wasm = instantiateWasm()

  return (input, outputLength) => {
    /** @type {any} */
    const { memory, uncompress } = wasm.exports

    // Input data is passed into wasm memory at inputStart
    // Output data is expected to be written to wasm memory at outputStart
    // clang uses some wasm memory, so we need to skip past that
    const inputStart = 68000 // 68 kb
    const outputStart = inputStart + input.byteLength

    // WebAssembly memory
    const totalSize = inputStart + input.byteLength + outputLength
    if (memory.buffer.byteLength < totalSize) {
      // Calculate the number of pages needed, rounding up
      const pageSize = 64 * 1024 // 64KiB per page
      const currentPages = memory.buffer.byteLength / pageSize
      const requiredPages = Math.ceil(totalSize / pageSize)
      const pagesToGrow = requiredPages - currentPages
      memory.grow(pagesToGrow)
    }

    // Copy the compressed data to WASM memory
    const byteArray = new Uint8Array(memory.buffer)
    byteArray.set(input, inputStart)

    // Call wasm uncompress function
    const result = uncompress(inputStart, input.byteLength, outputStart)

    // Check for errors
    if (result === -1) throw new Error('invalid snappy length header')
    if (result === -2) throw new Error('missing eof marker')
    if (result === -3) throw new Error('premature end of input')
    if (result) throw new Error(`failed to uncompress data ${result}`)

    // Get uncompressed data from WASM memory
    return byteArray.slice(outputStart, outputStart + outputLength)
  }
}

/**
 * Instantiate WASM module from a base64 string.
 *
 * @returns {WebAssembly.Instance}
 */
function instantiateWasm() {
  const binaryString = atob(wasm64)
  const byteArray = new Uint8Array(binaryString.length)
  for (let i = 0; i < binaryString.length; i += 1) {
    byteArray[i] = binaryString.charCodeAt(i)
  }
  // only works for payload less than 4kb:
  const mod = new WebAssembly.Module(byteArray)
  return new WebAssembly.Instance(mod)
}

// Base64 encoded hysnappy.wasm
const wasm64 = 'AGFzbQEAAAABEANgAABgA39/fwF/YAF/AX8DBgUAAQEBAgUDAQACBj8KfwFBoIwEC38AQYAIC38AQaAMC38AQaAMC38AQaCMBAt/AEGACAt/AEGgjAQLfwBBgIAIC38AQQALfwBBAQsHwQEOBm1lbW9yeQIAEV9fd2FzbV9jYWxsX2N0b3JzAAAGbWVtY3B5AAEHbWVtbW92ZQACCnVuY29tcHJlc3MAAwxfX2Rzb19oYW5kbGUDAQpfX2RhdGFfZW5kAwILX19zdGFja19sb3cDAwxfX3N0YWNrX2hpZ2gDBA1fX2dsb2JhbF9iYXNlAwULX19oZWFwX2Jhc2UDBgpfX2hlYXBfZW5kAwcNX19tZW1vcnlfYmFzZQMIDF9fdGFibGVfYmFzZQMJCuASBQIAC8sBAQN/AkAgAkUNAAJAAkAgAkEHcSIDDQAgACEEIAIhBQwBCyAAIQQgAiEFA0AgBCABLQAAOgAAIARBAWohBCABQQFqIQEgBUF/aiEFIANBf2oiAw0ACwsgAkEISQ0AA0AgBCABLQAAOgAAIAQgAS0AAToAASAEIAEtAAI6AAIgBCABLQADOgADIAQgAS0ABDoABCAEIAEtAAU6AAUgBCABLQAGOgAGIAQgAS0ABzoAByAEQQhqIQQgAUEIaiEBIAVBeGoiBQ0ACwsgAAugAwEEfwJAIAAgAUYNAAJAAkAgACABSQ0AIAEgAmoiAyAASw0BCyACRQ0BAkACQCACQQdxIgMNACAAIQQgAiEFDAELIAAhBCACIQUDQCAEIAEtAAA6AAAgBEEBaiEEIAFBAWohASAFQX9qIQUgA0F/aiIDDQALCyACQQhJDQEDQCAEIAEtAAA6AAAgBCABLQABOgABIAQgAS0AAjoAAiAEIAEtAAM6AAMgBCABLQAEOgAEIAQgAS0ABToABSAEIAEtAAY6AAYgBCABLQAHOgAHIARBCGohBCABQQhqIQEgBUF4aiIFDQAMAgsLIAJFDQACQAJAIAJBA3EiBA0AIAAgAmohBiACIQUMAQsgAiEFA0AgBUF/aiIFIABqIgYgBSABaiIDLQAAOgAAIARBf2oiBA0ACwsgAkEESQ0AIAZBfGohASADQXxqIQQDQCABQQNqIARBA2otAAA6AAAgAUECaiAEQQJqLQAAOgAAIAFBAWogBEEBai0AADoAACABIAQtAAA6AAAgAUF8aiEBIARBfGohBCAFQXxqIgUNAAsLIAALswoBCX8jgICAgABBIGsiAySAgICAACADQQlqQgA3AAAgA0IANwIEIAMgA0EYajYCAEF/IQQCQCABRQ0AIAMgAUF/aiIFNgIcIAMgAEEBajYCGCAALAAAIgZB/wBxIQcCQCAGQX9KDQAgBUUNASADIAFBfmoiBTYCHCADIABBAmo2AhggACwAASIGQf8AcUEHdCAHciEHQX8hBCAGQX9KDQAgBUUNASADIAFBfWoiBTYCHCADIABBA2o2AhggACwAAiIGQf8AcUEOdCAHciEHQX8hBCAGQX9KDQAgBUUNASADIAFBfGoiBTYCHCADIABBBGo2AhggACwAAyIGQf8AcUEVdCAHciEHQX8hBCAGQX9KDQAgBUUNASADIAFBe2o2AhwgAyAAQQVqNgIYIAAsAAQiAUEASA0BIAFBHHQgB3IhBwsgAiAHaiEIAkACQCADEISAgIAADQAgAiEADAELIAMoAgQhASACIQADQAJAIAMoAgggAWtBBEoNACADIAE2AgQgAxCEgICAAEUNAiADKAIEIQELIAFBAWohBQJAAkAgAS0AACIGQQNxDQAgCCAAayEJIAMoAggiCiAFayEEIAZBAnYiC0EBaiEHAkAgBkE/Sw0AIARBEEkNACAJQRBIDQAgACABKAIBNgIAIAAgASgCBTYCBCAAIAEoAgk2AgggACABKAINNgIMIAAgB2ohACADKAIIIAUgB2oiAWtBBEoNAyADIAE2AgQgAxCEgICAAEUNBAwCCwJAAkAgBkHwAU8NACAFIQYMAQsgCiAFIAtBRWoiAWoiBmshBCABQQJ0QYCIgIAAaigCACAFKAIAcUEBaiEHCwJAIAcgBE0NAANAIAggAGsgBEkNBSAAIAYgBBCBgICAACEAIAMoAgAiASABKAIAIgkgAygCDCIFaiIGNgIAIAFBBGoiASABKAIAIgogBWsiATYCACADIAE2AgwgACAEaiEAIAFFDQUgAyAJIApqNgIIIAcgBGshByABIQQgByABSw0ACyAIIABrIQkLIAkgB0kNAyAAIAYgBxCBgICAACAHaiEAIAMoAgggBiAHaiIBa0EESg0CIAMgATYCBCADEISAgIAADQEMAwsgACACayAGQQF0QaCIgIAAai8BACIBQQt2IgpBAnRBgIiAgABqKAIAIAUoAgBxIAFBgA5xaiIHQX9qTQ0CIAggAGshBAJAAkAgAUH/AXEiCUEQSw0AIAdBCEkNACAEQRBJDQAgACAAIAdrIgEoAgA2AgAgACABKAIENgIEIAAgASgCCDYCCCAAIAFBDGooAgA2AgwMAQsCQAJAAkAgBCAJQQpqSQ0AIAAgB2shBCAAIQEgCSEGIAdBB0wNAQwCCyAEIAlJDQUgCUEBaiEEQQAgB2shByAAIQEDQCABIAEgB2otAAA6AAAgAUEBaiEBIARBf2oiBEEBSw0ADAMLCwNAIAEgBCgCADYCACABIAQoAgQ2AgQgBiAHayEGIAEgB2oiASAEayIHQQhIDQALCyAGQQFIDQAgBkEIaiEHA0AgASAEKAIANgIAIAEgBCgCBDYCBCABQQhqIQEgBEEIaiEEIAdBeGoiB0EISw0ACwsgACAJaiEAIAMoAgggBSAKaiIBa0EESg0BIAMgATYCBCADEISAgIAARQ0CCyADKAIEIQEMAAsLIAMoAgAiASABKAIEIAMoAgwiBGs2AgQgASAEIAEoAgBqNgIAAkAgAy0AEA0AQX4hBAwBC0EAQX0gCCAARhshBAsgA0EgaiSAgICAACAEC7YDAQd/AkAgACgCBCIBIAAoAggiAkcNACAAKAIAIgIgAigCACIDIAAoAgwiBGoiATYCACACQQRqIgIgAigCACICIARrIgU2AgAgACAFNgIMAkAgAiAERw0AIABBAToAEEEADwsgACADIAJqIgI2AggLAkACQAJAIAIgAWsiAiABLQAAQQF0QaCIgIAAai8BAEELdkEBaiIFTw0AIABBEWogASACEIKAgIAAIQYgACgCDCEEQQAhByAAQQA2AgwgACgCACIBIAEoAgQgBGs2AgQgASAEIAEoAgBqIgM2AgADQCABQQRqKAIAIgFFDQMgBiACaiADIAUgAmsiBCABIAQgAUkbIgQQgYCAgAAaIAAoAgAiASABKAIEIARrNgIEIAEgASgCACAEaiIDNgIAIAQgAmoiAiAFSQ0ACyAAIAY2AgQgACAGIAVqNgIIDAELAkAgAkEESw0AIAAgAEERaiABIAIQgoCAgAAiASACajYCCCAAIAE2AgQgACgCDCECIABBADYCDCAAKAIAIgEgASgCBCACazYCBCABIAIgASgCAGo2AgAMAQsgACABNgIEC0EBIQcLIAcLC6gEAQBBgAgLoAQAAAAA/wAAAP//AAD///8A/////wAAAAAAAAAAAAAAAAEABAgBEAEgAgAFCAIQAiADAAYIAxADIAQABwgEEAQgBQAICAUQBSAGAAkIBhAGIAcACggHEAcgCAALCAgQCCAJAAQJCRAJIAoABQkKEAogCwAGCQsQCyAMAAcJDBAMIA0ACAkNEA0gDgAJCQ4QDiAPAAoJDxAPIBAACwkQEBAgEQAEChEQESASAAUKEhASIBMABgoTEBMgFAAHChQQFCAVAAgKFRAVIBYACQoWEBYgFwAKChcQFyAYAAsKGBAYIBkABAsZEBkgGgAFCxoQGiAbAAYLGxAbIBwABwscEBwgHQAICx0QHSAeAAkLHhAeIB8ACgsfEB8gIAALCyAQICAhAAQMIRAhICIABQwiECIgIwAGDCMQIyAkAAcMJBAkICUACAwlECUgJgAJDCYQJiAnAAoMJxAnICgACwwoECggKQAEDSkQKSAqAAUNKhAqICsABg0rECsgLAAHDSwQLCAtAAgNLRAtIC4ACQ0uEC4gLwAKDS8QLyAwAAsNMBAwIDEABA4xEDEgMgAFDjIQMiAzAAYOMxAzIDQABw40EDQgNQAIDjUQNSA2AAkONhA2IDcACg43EDcgOAALDjgQOCA5AAQPORA5IDoABQ86EDogOwAGDzsQOyA8AAcPPBA8IAEICA89ED0gARAJDz4QPiABGAoPPxA/IAEgCw9AEEAgAGQEbmFtZQE9BQARX193YXNtX2NhbGxfY3RvcnMBBm1lbWNweQIHbWVtbW92ZQMKdW5jb21wcmVzcwQKcmVmaWxsX3RhZwcSAQAPX19zdGFja19wb2ludGVyCQoBAAcucm9kYXRhADIJcHJvZHVjZXJzAQxwcm9jZXNzZWQtYnkBDFVidW50dSBjbGFuZwsxNi4wLjYgKDE1KQAsD3RhcmdldF9mZWF0dXJlcwIrD211dGFibGUtZ2xvYmFscysIc2lnbi1leHQ='

;// CONCATENATED MODULE: ./node_modules/hyparquet-compressors/src/lz4.js
/**
 * LZ4 decompression with legacy hadoop support.
 * https://github.com/apache/arrow/blob/apache-arrow-16.1.0/cpp/src/arrow/util/compression_lz4.cc#L475
 *
 * @param {Uint8Array} input
 * @param {number} outputLength
 * @returns {Uint8Array}
 */
function decompressLz4(input, outputLength) {
  const output = new Uint8Array(outputLength)
  try {
    let i = 0 // input index
    let o = 0 // output index
    while (i < input.length - 8) {
      const expectedOutputLength = input[i++] << 24 | input[i++] << 16 | input[i++] << 8 | input[i++]
      const expectedInputLength = input[i++] << 24 | input[i++] << 16 | input[i++] << 8 | input[i++]
      if (input.length - i < expectedInputLength) throw new Error('lz4 not hadoop')
      if (output.length < expectedOutputLength) throw new Error('lz4 not hadoop')

      // decompress and compare with expected
      const chunk = lz4basic(input.subarray(i, i + expectedInputLength), output, o)
      if (chunk !== expectedOutputLength) throw new Error('lz4 not hadoop')
      i += expectedInputLength
      o += expectedOutputLength

      if (i === input.length) return output
    }
    if (i < input.length) throw new Error('lz4 not hadoop')
  } catch (error) {
    if (error instanceof Error && error.message !== 'lz4 not hadoop') throw error
    // fallback to basic lz4
    lz4basic(input, output, 0)
  }
  return output
}

/**
 * Basic LZ4 block decompression.
 *
 * @param {Uint8Array} input
 * @param {number} outputLength
 * @returns {Uint8Array}
 */
function decompressLz4Raw(input, outputLength) {
  const output = new Uint8Array(outputLength)
  lz4basic(input, output, 0)
  return output
}

/**
 * @param {Uint8Array} input
 * @param {Uint8Array} output
 * @param {number} outputIndex
 * @returns {number} bytes written
 */
function lz4basic(input, output, outputIndex) {
  let len = outputIndex // output position
  for (let i = 0; i < input.length;) {
    const token = input[i++]

    let literals = token >> 4
    if (literals) {
      // literal length
      let byte = literals + 240
      while (byte === 255) literals += byte = input[i++]
      // copy literals
      output.set(input.subarray(i, i + literals), len)
      len += literals
      i += literals
      if (i >= input.length) return len - outputIndex
    }

    const offset = input[i++] | input[i++] << 8
    if (!offset || offset > len) {
      throw new Error(`lz4 offset out of range ${offset}`)
    }
    // match length
    let matchLength = token & 0xf
    let byte = matchLength + 240
    while (byte === 255) matchLength += byte = input[i++]
    matchLength += 4 // minmatch 4
    // copy match
    // TODO: fast path when no overlap
    let pos = len - offset
    const end = len + matchLength
    while (len < end) output[len++] = output[pos++]
  }
  return len - outputIndex
}

;// CONCATENATED MODULE: ./node_modules/hyparquet-compressors/src/compressors.js






/** @type {import('hyparquet').Compressors} */
const compressors = {
  SNAPPY: snappyUncompressor(), // loads wasm
  GZIP: (input, length) => gzip_gunzip(input, new Uint8Array(length)),
  BROTLI: decompressBrotli,
  ZSTD: input => decompress(input),
  LZ4: decompressLz4,
  LZ4_RAW: decompressLz4Raw,
}

;// CONCATENATED MODULE: ./node_modules/hyparquet-compressors/src/index.js








/**
 * @param {Uint8Array} input
 * @param {number} outputLength
 * @returns {Uint8Array}
 */
function decompressGzip(input, outputLength) {
  return gunzip(input, new Uint8Array(outputLength))
}



;// CONCATENATED MODULE: ./node_modules/zstddec/dist/zstddec.mjs
//#region src/zstddec.ts
let init;
let zstddec_instance;
let heap;
const IMPORT_OBJECT = { env: { emscripten_notify_memory_growth: (_) => {
	heap = new Uint8Array(zstddec_instance.exports.memory.buffer);
} } };
/**
* ZSTD (Zstandard) decoder.
*/
var ZSTDDecoder = class {
	init() {
		if (init) return init;
		if (typeof fetch !== "undefined") init = fetch(`data:application/wasm;base64,${wasm}`).then((response) => response.arrayBuffer()).then((arrayBuffer) => WebAssembly.instantiate(arrayBuffer, IMPORT_OBJECT)).then(this._init);
		else init = WebAssembly.instantiate(Buffer.from(wasm, "base64"), IMPORT_OBJECT).then(this._init);
		return init;
	}
	_init(result) {
		zstddec_instance = result.instance;
		IMPORT_OBJECT.env.emscripten_notify_memory_growth(0);
	}
	decode(array, uncompressedSize = 0) {
		if (!zstddec_instance) throw new Error("ZSTDDecoder: Await .init() before decoding.");
		const compressedSize = array.byteLength;
		const compressedPtr = zstddec_instance.exports.malloc(compressedSize);
		heap.set(array, compressedPtr);
		uncompressedSize = uncompressedSize || Number(zstddec_instance.exports.ZSTD_findDecompressedSize(compressedPtr, compressedSize));
		const uncompressedPtr = zstddec_instance.exports.malloc(uncompressedSize);
		const actualSize = zstddec_instance.exports.ZSTD_decompress(uncompressedPtr, uncompressedSize, compressedPtr, compressedSize);
		const dec = heap.slice(uncompressedPtr, uncompressedPtr + actualSize);
		zstddec_instance.exports.free(compressedPtr);
		zstddec_instance.exports.free(uncompressedPtr);
		return dec;
	}
};
/**
* BSD License
*
* For Zstandard software
*
* Copyright (c) 2016-present, Yann Collet, Facebook, Inc. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without modification,
* are permitted provided that the following conditions are met:
*
*  * Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
*
*  * Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the documentation
*    and/or other materials provided with the distribution.
*
*  * Neither the name Facebook nor the names of its contributors may be used to
*    endorse or promote products derived from this software without specific
*    prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR
* ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES
* (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES;
* LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON
* ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS
* SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
const wasm = "AGFzbQEAAAABoAEUYAF/AGADf39/AGACf38AYAF/AX9gBX9/f39/AX9gA39/fwF/YAR/f39/AX9gAn9/AX9gAAF/YAd/f39/f39/AX9gB39/f39/f38AYAR/f39/AX5gAn9/AX5gBn9/f39/fwBgDn9/f39/f39/f39/f39/AX9gCH9/f39/f39/AX9gCX9/f39/f39/fwF/YAN+f38BfmAFf39/f38AYAAAAicBA2Vudh9lbXNjcmlwdGVuX25vdGlmeV9tZW1vcnlfZ3Jvd3RoAAADJyYDAAMACAQJBQEHBwADBgoLBAQDBAEABgUMBQ0OAQEBDxAREgYAEwQFAXABAgIFBwEBggKAgAIGCAF/AUGgnwQLB9MBCgZtZW1vcnkCAAxaU1REX2lzRXJyb3IADRlaU1REX2ZpbmREZWNvbXByZXNzZWRTaXplABkPWlNURF9kZWNvbXByZXNzACQGbWFsbG9jAAEEZnJlZQACGV9faW5kaXJlY3RfZnVuY3Rpb25fdGFibGUBABlfZW1zY3JpcHRlbl9zdGFja19yZXN0b3JlAAQcZW1zY3JpcHRlbl9zdGFja19nZXRfY3VycmVudAAFIl9fY3hhX2luY3JlbWVudF9leGNlcHRpb25fcmVmY291bnQAJQkHAQBBAQsBJgwBCgqtkgMm1ScBC38jAEEQayIKJAACQAJAAkACQAJAAkACQAJAAkACQCAAQfQBTQRAQagbKAIAIgRBECAAQQtqQfgDcSAAQQtJGyIGQQN2IgB2IgFBA3EEQAJAIAFBf3NBAXEgAGoiAkEDdCIBQdAbaiIAIAFB2BtqKAIAIgEoAggiBUYEQEGoGyAEQX4gAndxNgIADAELIAUgADYCDCAAIAU2AggLIAFBCGohACABIAJBA3QiAkEDcjYCBCABIAJqIgEgASgCBEEBcjYCBAwLCyAGQbAbKAIAIghNDQEgAQRAAkBBAiAAdCICQQAgAmtyIAEgAHRxaCIBQQN0IgBB0BtqIgIgAEHYG2ooAgAiACgCCCIFRgRAQagbIARBfiABd3EiBDYCAAwBCyAFIAI2AgwgAiAFNgIICyAAIAZBA3I2AgQgACAGaiIHIAFBA3QiASAGayIFQQFyNgIEIAAgAWogBTYCACAIBEAgCEF4cUHQG2ohAUG8GygCACECAn8gBEEBIAhBA3Z0IgNxRQRAQagbIAMgBHI2AgAgAQwBCyABKAIICyEDIAEgAjYCCCADIAI2AgwgAiABNgIMIAIgAzYCCAsgAEEIaiEAQbwbIAc2AgBBsBsgBTYCAAwLC0GsGygCACILRQ0BIAtoQQJ0QdgdaigCACICKAIEQXhxIAZrIQMgAiEBA0ACQCABKAIQIgBFBEAgASgCFCIARQ0BCyAAKAIEQXhxIAZrIgEgAyABIANJIgEbIQMgACACIAEbIQIgACEBDAELCyACKAIYIQkgAiACKAIMIgBHBEAgAigCCCIBIAA2AgwgACABNgIIDAoLIAIoAhQiAQR/IAJBFGoFIAIoAhAiAUUNAyACQRBqCyEFA0AgBSEHIAEiAEEUaiEFIAAoAhQiAQ0AIABBEGohBSAAKAIQIgENAAsgB0EANgIADAkLQX8hBiAAQb9/Sw0AIABBC2oiAUF4cSEGQawbKAIAIgdFDQBBHyEIQQAgBmshAyAAQfT//wdNBEAgBkEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+aiEICwJAAkACQCAIQQJ0QdgdaigCACIBRQRAQQAhAAwBC0EAIQAgBkEZIAhBAXZrQQAgCEEfRxt0IQIDQAJAIAEoAgRBeHEgBmsiBCADTw0AIAEhBSAEIgMNAEEAIQMgASEADAMLIAAgASgCFCIEIAQgASACQR12QQRxaigCECIBRhsgACAEGyEAIAJBAXQhAiABDQALCyAAIAVyRQRAQQAhBUECIAh0IgBBACAAa3IgB3EiAEUNAyAAaEECdEHYHWooAgAhAAsgAEUNAQsDQCAAKAIEQXhxIAZrIgIgA0khASACIAMgARshAyAAIAUgARshBSAAKAIQIgEEfyABBSAAKAIUCyIADQALCyAFRQ0AIANBsBsoAgAgBmtPDQAgBSgCGCEIIAUgBSgCDCIARwRAIAUoAggiASAANgIMIAAgATYCCAwICyAFKAIUIgEEfyAFQRRqBSAFKAIQIgFFDQMgBUEQagshAgNAIAIhBCABIgBBFGohAiAAKAIUIgENACAAQRBqIQIgACgCECIBDQALIARBADYCAAwHCyAGQbAbKAIAIgVNBEBBvBsoAgAhAAJAIAUgBmsiAUEQTwRAIAAgBmoiAiABQQFyNgIEIAAgBWogATYCACAAIAZBA3I2AgQMAQsgACAFQQNyNgIEIAAgBWoiASABKAIEQQFyNgIEQQAhAkEAIQELQbAbIAE2AgBBvBsgAjYCACAAQQhqIQAMCQsgBkG0GygCACICSQRAQbQbIAIgBmsiATYCAEHAG0HAGygCACIAIAZqIgI2AgAgAiABQQFyNgIEIAAgBkEDcjYCBCAAQQhqIQAMCQtBACEAIAZBL2oiAwJ/QYAfKAIABEBBiB8oAgAMAQtBjB9CfzcCAEGEH0KAoICAgIAENwIAQYAfIApBDGpBcHFB2KrVqgVzNgIAQZQfQQA2AgBB5B5BADYCAEGAIAsiAWoiBEEAIAFrIgdxIgEgBk0NCEHgHigCACIFBEBB2B4oAgAiCCABaiIJIAhNIAUgCUlyDQkLAkBB5B4tAABBBHFFBEACQAJAAkACQEHAGygCACIFBEBB6B4hAANAIAAoAgAiCCAFTQRAIAUgCCAAKAIEakkNAwsgACgCCCIADQALC0EAEAMiAkF/Rg0DIAEhBEGEHygCACIAQQFrIgUgAnEEQCABIAJrIAIgBWpBACAAa3FqIQQLIAQgBk0NA0HgHigCACIABEBB2B4oAgAiBSAEaiIHIAVNIAAgB0lyDQQLIAQQAyIAIAJHDQEMBQsgBCACayAHcSIEEAMiAiAAKAIAIAAoAgRqRg0BIAIhAAsgAEF/Rg0BIAZBMGogBE0EQCAAIQIMBAtBiB8oAgAiAiADIARrakEAIAJrcSICEANBf0YNASACIARqIQQgACECDAMLIAJBf0cNAgtB5B5B5B4oAgBBBHI2AgALIAEQAyICQX9GQQAQAyIAQX9GciAAIAJNcg0FIAAgAmsiBCAGQShqTQ0FC0HYHkHYHigCACAEaiIANgIAQdweKAIAIABJBEBB3B4gADYCAAsCQEHAGygCACIDBEBB6B4hAANAIAIgACgCACIBIAAoAgQiBWpGDQIgACgCCCIADQALDAQLQbgbKAIAIgBBACAAIAJNG0UEQEG4GyACNgIAC0EAIQBB7B4gBDYCAEHoHiACNgIAQcgbQX82AgBBzBtBgB8oAgA2AgBB9B5BADYCAANAIABBA3QiAUHYG2ogAUHQG2oiBTYCACABQdwbaiAFNgIAIABBAWoiAEEgRw0AC0G0GyAEQShrIgBBeCACa0EHcSIBayIFNgIAQcAbIAEgAmoiATYCACABIAVBAXI2AgQgACACakEoNgIEQcQbQZAfKAIANgIADAQLIAIgA00gASADS3INAiAAKAIMQQhxDQIgACAEIAVqNgIEQcAbIANBeCADa0EHcSIAaiIBNgIAQbQbQbQbKAIAIARqIgIgAGsiADYCACABIABBAXI2AgQgAiADakEoNgIEQcQbQZAfKAIANgIADAMLQQAhAAwGC0EAIQAMBAtBuBsoAgAgAksEQEG4GyACNgIACyACIARqIQVB6B4hAAJAA0AgBSAAKAIAIgFHBEAgACgCCCIADQEMAgsLIAAtAAxBCHFFDQMLQegeIQADQAJAIAAoAgAiASADTQRAIAMgASAAKAIEaiIFSQ0BCyAAKAIIIQAMAQsLQbQbIARBKGsiAEF4IAJrQQdxIgFrIgc2AgBBwBsgASACaiIBNgIAIAEgB0EBcjYCBCAAIAJqQSg2AgRBxBtBkB8oAgA2AgAgAyAFQScgBWtBB3FqQS9rIgAgACADQRBqSRsiAUEbNgIEIAFB8B4pAgA3AhAgAUHoHikCADcCCEHwHiABQQhqNgIAQeweIAQ2AgBB6B4gAjYCAEH0HkEANgIAIAFBGGohAANAIABBBzYCBCAAQQhqIQIgAEEEaiEAIAIgBUkNAAsgASADRg0AIAEgASgCBEF+cTYCBCADIAEgA2siAkEBcjYCBCABIAI2AgACfyACQf8BTQRAIAJBeHFB0BtqIQACf0GoGygCACIBQQEgAkEDdnQiAnFFBEBBqBsgASACcjYCACAADAELIAAoAggLIQEgACADNgIIIAEgAzYCDEEMIQJBCAwBC0EfIQAgAkH///8HTQRAIAJBJiACQQh2ZyIAa3ZBAXEgAEEBdGtBPmohAAsgAyAANgIcIANCADcCECAAQQJ0QdgdaiEBAkACQEGsGygCACIFQQEgAHQiBHFFBEBBrBsgBCAFcjYCACABIAM2AgAMAQsgAkEZIABBAXZrQQAgAEEfRxt0IQAgASgCACEFA0AgBSIBKAIEQXhxIAJGDQIgAEEddiEFIABBAXQhACABIAVBBHFqIgQoAhAiBQ0ACyAEIAM2AhALIAMgATYCGEEIIQIgAyIBIQBBDAwBCyABKAIIIgAgAzYCDCABIAM2AgggAyAANgIIQQAhAEEYIQJBDAsgA2ogATYCACACIANqIAA2AgALQbQbKAIAIgAgBk0NAEG0GyAAIAZrIgE2AgBBwBtBwBsoAgAiACAGaiICNgIAIAIgAUEBcjYCBCAAIAZBA3I2AgQgAEEIaiEADAQLQaQbQTA2AgBBACEADAMLIAAgAjYCACAAIAAoAgQgBGo2AgQgAkF4IAJrQQdxaiIIIAZBA3I2AgQgAUF4IAFrQQdxaiIEIAYgCGoiA2shBwJAQcAbKAIAIARGBEBBwBsgAzYCAEG0G0G0GygCACAHaiIANgIAIAMgAEEBcjYCBAwBC0G8GygCACAERgRAQbwbIAM2AgBBsBtBsBsoAgAgB2oiADYCACADIABBAXI2AgQgACADaiAANgIADAELIAQoAgQiAEEDcUEBRgRAIABBeHEhCSAEKAIMIQICQCAAQf8BTQRAIAQoAggiASACRgRAQagbQagbKAIAQX4gAEEDdndxNgIADAILIAEgAjYCDCACIAE2AggMAQsgBCgCGCEGAkAgAiAERwRAIAQoAggiACACNgIMIAIgADYCCAwBCwJAIAQoAhQiAAR/IARBFGoFIAQoAhAiAEUNASAEQRBqCyEBA0AgASEFIAAiAkEUaiEBIAAoAhQiAA0AIAJBEGohASACKAIQIgANAAsgBUEANgIADAELQQAhAgsgBkUNAAJAIAQoAhwiAEECdEHYHWoiASgCACAERgRAIAEgAjYCACACDQFBrBtBrBsoAgBBfiAAd3E2AgAMAgsCQCAEIAYoAhBGBEAgBiACNgIQDAELIAYgAjYCFAsgAkUNAQsgAiAGNgIYIAQoAhAiAARAIAIgADYCECAAIAI2AhgLIAQoAhQiAEUNACACIAA2AhQgACACNgIYCyAHIAlqIQcgBCAJaiIEKAIEIQALIAQgAEF+cTYCBCADIAdBAXI2AgQgAyAHaiAHNgIAIAdB/wFNBEAgB0F4cUHQG2ohAAJ/QagbKAIAIgFBASAHQQN2dCICcUUEQEGoGyABIAJyNgIAIAAMAQsgACgCCAshASAAIAM2AgggASADNgIMIAMgADYCDCADIAE2AggMAQtBHyECIAdB////B00EQCAHQSYgB0EIdmciAGt2QQFxIABBAXRrQT5qIQILIAMgAjYCHCADQgA3AhAgAkECdEHYHWohAAJAAkBBrBsoAgAiAUEBIAJ0IgVxRQRAQawbIAEgBXI2AgAgACADNgIADAELIAdBGSACQQF2a0EAIAJBH0cbdCECIAAoAgAhAQNAIAEiACgCBEF4cSAHRg0CIAJBHXYhASACQQF0IQIgACABQQRxaiIFKAIQIgENAAsgBSADNgIQCyADIAA2AhggAyADNgIMIAMgAzYCCAwBCyAAKAIIIgEgAzYCDCAAIAM2AgggA0EANgIYIAMgADYCDCADIAE2AggLIAhBCGohAAwCCwJAIAhFDQACQCAFKAIcIgFBAnRB2B1qIgIoAgAgBUYEQCACIAA2AgAgAA0BQawbIAdBfiABd3EiBzYCAAwCCwJAIAUgCCgCEEYEQCAIIAA2AhAMAQsgCCAANgIUCyAARQ0BCyAAIAg2AhggBSgCECIBBEAgACABNgIQIAEgADYCGAsgBSgCFCIBRQ0AIAAgATYCFCABIAA2AhgLAkAgA0EPTQRAIAUgAyAGaiIAQQNyNgIEIAAgBWoiACAAKAIEQQFyNgIEDAELIAUgBkEDcjYCBCAFIAZqIgQgA0EBcjYCBCADIARqIAM2AgAgA0H/AU0EQCADQXhxQdAbaiEAAn9BqBsoAgAiAUEBIANBA3Z0IgJxRQRAQagbIAEgAnI2AgAgAAwBCyAAKAIICyEBIAAgBDYCCCABIAQ2AgwgBCAANgIMIAQgATYCCAwBC0EfIQAgA0H///8HTQRAIANBJiADQQh2ZyIAa3ZBAXEgAEEBdGtBPmohAAsgBCAANgIcIARCADcCECAAQQJ0QdgdaiEBAkACQCAHQQEgAHQiAnFFBEBBrBsgAiAHcjYCACABIAQ2AgAgBCABNgIYDAELIANBGSAAQQF2a0EAIABBH0cbdCEAIAEoAgAhAQNAIAEiAigCBEF4cSADRg0CIABBHXYhASAAQQF0IQAgAiABQQRxaiIHKAIQIgENAAsgByAENgIQIAQgAjYCGAsgBCAENgIMIAQgBDYCCAwBCyACKAIIIgAgBDYCDCACIAQ2AgggBEEANgIYIAQgAjYCDCAEIAA2AggLIAVBCGohAAwBCwJAIAlFDQACQCACKAIcIgFBAnRB2B1qIgUoAgAgAkYEQCAFIAA2AgAgAA0BQawbIAtBfiABd3E2AgAMAgsCQCACIAkoAhBGBEAgCSAANgIQDAELIAkgADYCFAsgAEUNAQsgACAJNgIYIAIoAhAiAQRAIAAgATYCECABIAA2AhgLIAIoAhQiAUUNACAAIAE2AhQgASAANgIYCwJAIANBD00EQCACIAMgBmoiAEEDcjYCBCAAIAJqIgAgACgCBEEBcjYCBAwBCyACIAZBA3I2AgQgAiAGaiIFIANBAXI2AgQgAyAFaiADNgIAIAgEQCAIQXhxQdAbaiEAQbwbKAIAIQECf0EBIAhBA3Z0IgcgBHFFBEBBqBsgBCAHcjYCACAADAELIAAoAggLIQQgACABNgIIIAQgATYCDCABIAA2AgwgASAENgIIC0G8GyAFNgIAQbAbIAM2AgALIAJBCGohAAsgCkEQaiQAIAAL3AsBCH8CQCAARQ0AIABBCGsiAyAAQQRrKAIAIgJBeHEiAGohBQJAIAJBAXENACACQQJxRQ0BIAMgAygCACIEayIDQbgbKAIASQ0BIAAgBGohAAJAAkACQEG8GygCACADRwRAIAMoAgwhASAEQf8BTQRAIAEgAygCCCICRw0CQagbQagbKAIAQX4gBEEDdndxNgIADAULIAMoAhghByABIANHBEAgAygCCCICIAE2AgwgASACNgIIDAQLIAMoAhQiAgR/IANBFGoFIAMoAhAiAkUNAyADQRBqCyEEA0AgBCEGIAIiAUEUaiEEIAEoAhQiAg0AIAFBEGohBCABKAIQIgINAAsgBkEANgIADAMLIAUoAgQiAkEDcUEDRw0DQbAbIAA2AgAgBSACQX5xNgIEIAMgAEEBcjYCBCAFIAA2AgAPCyACIAE2AgwgASACNgIIDAILQQAhAQsgB0UNAAJAIAMoAhwiBEECdEHYHWoiAigCACADRgRAIAIgATYCACABDQFBrBtBrBsoAgBBfiAEd3E2AgAMAgsCQCADIAcoAhBGBEAgByABNgIQDAELIAcgATYCFAsgAUUNAQsgASAHNgIYIAMoAhAiAgRAIAEgAjYCECACIAE2AhgLIAMoAhQiAkUNACABIAI2AhQgAiABNgIYCyADIAVPDQAgBSgCBCIEQQFxRQ0AAkACQAJAAkAgBEECcUUEQEHAGygCACAFRgRAQcAbIAM2AgBBtBtBtBsoAgAgAGoiADYCACADIABBAXI2AgQgA0G8GygCAEcNBkGwG0EANgIAQbwbQQA2AgAPC0G8GygCACIHIAVGBEBBvBsgAzYCAEGwG0GwGygCACAAaiIANgIAIAMgAEEBcjYCBCAAIANqIAA2AgAPCyAEQXhxIABqIQAgBSgCDCEBIARB/wFNBEAgBSgCCCICIAFGBEBBqBtBqBsoAgBBfiAEQQN2d3E2AgAMBQsgAiABNgIMIAEgAjYCCAwECyAFKAIYIQggASAFRwRAIAUoAggiAiABNgIMIAEgAjYCCAwDCyAFKAIUIgIEfyAFQRRqBSAFKAIQIgJFDQIgBUEQagshBANAIAQhBiACIgFBFGohBCABKAIUIgINACABQRBqIQQgASgCECICDQALIAZBADYCAAwCCyAFIARBfnE2AgQgAyAAQQFyNgIEIAAgA2ogADYCAAwDC0EAIQELIAhFDQACQCAFKAIcIgRBAnRB2B1qIgIoAgAgBUYEQCACIAE2AgAgAQ0BQawbQawbKAIAQX4gBHdxNgIADAILAkAgBSAIKAIQRgRAIAggATYCEAwBCyAIIAE2AhQLIAFFDQELIAEgCDYCGCAFKAIQIgIEQCABIAI2AhAgAiABNgIYCyAFKAIUIgJFDQAgASACNgIUIAIgATYCGAsgAyAAQQFyNgIEIAAgA2ogADYCACADIAdHDQBBsBsgADYCAA8LIABB/wFNBEAgAEF4cUHQG2ohAgJ/QagbKAIAIgRBASAAQQN2dCIAcUUEQEGoGyAAIARyNgIAIAIMAQsgAigCCAshACACIAM2AgggACADNgIMIAMgAjYCDCADIAA2AggPC0EfIQEgAEH///8HTQRAIABBJiAAQQh2ZyICa3ZBAXEgAkEBdGtBPmohAQsgAyABNgIcIANCADcCECABQQJ0QdgdaiEEAn8CQAJ/QawbKAIAIgZBASABdCICcUUEQEGsGyACIAZyNgIAIAQgAzYCAEEYIQFBCAwBCyAAQRkgAUEBdmtBACABQR9HG3QhASAEKAIAIQQDQCAEIgIoAgRBeHEgAEYNAiABQR12IQQgAUEBdCEBIAIgBEEEcWoiBigCECIEDQALIAYgAzYCEEEYIQEgAiEEQQgLIQAgAyICDAELIAIoAggiBCADNgIMIAIgAzYCCEEYIQBBCCEBQQALIQYgASADaiAENgIAIAMgAjYCDCAAIANqIAY2AgBByBtByBsoAgBBAWsiAEF/IAAbNgIACwtsAQJ/QaAbKAIAIgEgAEEHakF4cSICaiEAAkAgAkEAIAAgAU0bRQRAIAA/AEEQdE0NASAAPwBBEHRrQf//A2pBEHZAAEF/RgR/QQAFQQAQAEEBCw0BC0GkG0EwNgIAQX8PC0GgGyAANgIAIAELBgAgACQACwQAIwALuQUBDH8jAEEQayIMJAACQCAEQQdNBEAgDEIANwMIIAQEQCAMQQhqIAMgBPwKAAALQWwgACABIAIgDEEIakEIEAYiACAAIARLGyAAIABBiX9JGyEFDAELIAEoAgBBAWoiDkEBdCIIBEAgAEEAIAj8CwALIAMoAAAiBUEPcSIHQQpLBEBBVCEFDAELIAIgB0EFajYCACADIARqIgJBBGshCCACQQdrIQ0gB0EGaiEPQQQhBiAFQQR2IQVBICAHdCIJQQFyIQpBACECQQEhByADIQQDQAJAIAdBAXFFBEADQCAFQX9zQYCAgIB4cmgiB0EYSUUEQCACQSRqIQIgBCANTQR/IARBA2oFIAQgDWtBA3QgBmpBH3EhBiAICyIEKAAAIAZ2IQUMAQsLIAYgB0EecSILakECaiEGIAdBAXZBA2wgAmogBSALdkEDcWoiAiAOTw0BAn8gBCANSyAGQQN2IARqIgUgCEtxRQRAIAZBB3EhBiAFDAELIAQgCGtBA3QgBmpBH3EhBiAICyIEKAAAIAZ2IQULIAUgCUEBa3EiByAJQQF0QQFrIgsgCmsiEEkEfyAPQQFrBSAFIAtxIgUgEEEAIAUgCU4bayEHIA8LIQUgACACQQF0aiAHQQFrIgs7AQAgAkEBaiECIAUgBmohBiAJQQEgB2sgCyAHQQBKGyAKaiIKSgRAIApBAkgNAUEgIApnIgVrIQ9BASAFQR9zdCEJCyACIA5PDQAgC0EARyEHAn8gBCANSyAGQQN1IARqIgUgCEtxRQRAIAZBB3EhBiAFDAELIAYgBCAIa0EDdGpBH3EhBiAICyIEKAAAIAZ2IQUMAQsLQWwhBSAKQQFHDQAgAiAOSwRAQVAhBQwBCyAGQSBKDQAgASACQQFrNgIAIAQgBkEHakEDdWogA2shBQsgDEEQaiQAIAULrRkCEX8BfiMAQTBrIgckAEG4fyEIAkAgBUUNACAELAAAIglB/wFxIQ0CQAJAIAlBAEgEQCANQf4Aa0EBdiIGIAVPDQMgDUH/AGsiCEH/AUsNAiAEQQFqIQRBACEFA0AgBSAITwRAIAYhDQwDBSAAIAVqIg0gBCAFQQF2aiIJLQAAQQR2OgAAIA0gCS0AAEEPcToAASAFQQJqIQUMAQsACwALIAUgDU0NAiAHQf8BNgIEIAYgB0EEaiAHQQhqIARBAWoiCiANEAYiBEGIf0sEQCAEIQgMAwtBVCEIIAcoAggiC0EGSw0CIAcoAgQiBUEBdCIMQQJqrUIBIAuthiIYQQQgC3QiCUEIaq18fEILfEL8//////////8Ag0LoAlYNAkFSIQggBUH/AUsNAkHoAiAJa60gBUEBaiIQQQF0rSAYfEIIfFQNAiANIARrIRQgBCAKaiEVIAwgBkGABGoiDCAJakEEaiIWakECaiERIAZBhARqIRcgBkGGBGohE0GAgAIgC3RBEHYhCEEAIQVBASEOQQEgC3QiCkEBayISIQQDQCAFIBBGRQRAAkAgBiAFQQF0Ig9qLwEAIglB//8DRgRAIBMgBEECdGogBToAACAEQQFrIQRBASEJDAELIA5BACAIIAnBShshDgsgDyAWaiAJOwEAIAVBAWohBQwBCwsgBiAOOwGCBCAGIAs7AYAEAkAgBCASRgRAQgAhGEEAIQlBACEIA0AgCSAQRgRAIApBA3YgCkEBdmpBA2oiBkEBdCEJQQAhBEEAIQgDQCAIIApPDQQgCCARaiEQQQAhBQNAIAVBAkZFBEAgEyAFIAZsIARqIBJxQQJ0aiAFIBBqLQAAOgAAIAVBAWohBQwBCwsgCEECaiEIIAQgCWogEnEhBAwACwAFIAYgCUEBdGouAQAhBCAIIBFqIg8gGDcAAEEIIQUDQCAEIAVMRQRAIAUgD2ogGDcAACAFQQhqIQUMAQsLIBhCgYKEiJCgwIABfCEYIAlBAWohCSAEIAhqIQgMAQsACwALIApBA3YgCkEBdmpBA2ohEUEAIQhBACEFA0AgCCAQRkUEQEEAIQkgBiAIQQF0ai4BACIPQQAgD0EAShshDwNAIAkgD0ZFBEAgEyAFQQJ0aiAIOgAAA0AgBSARaiAScSIFIARLDQALIAlBAWohCQwBCwsgCEEBaiEIDAELC0F/IQggBQ0DCyALQR9rIQhBACEFA0AgBSAKRkUEQCAWIBcgBUECdGoiBC0AAkEBdGoiBiAGLwEAIgZBAWo7AQAgBCAIIAZnaiIJOgADIAQgBiAJdCAKazsBACAFQQFqIQUMAQsLAkACQCAOQf//A3EEQCAHQRxqIgQgFSAUEAgiCEGIf0sNAiAHQRRqIAQgDBAJIAdBDGogBCAMEAkgBygCICIIQSBLDQECQCAHAn8gBygCJCIEIAcoAixPBEAgByAEIAhBA3ZrIgU2AiQgCEEHcQwBCyAEIAcoAigiBUYNASAHIAQgBCAFayAIQQN2IgYgBCAGayAFSRsiBGsiBTYCJCAIIARBA3RrCyIINgIgIAcgBSgAADYCHAtBACEFA0ACQAJAIAhBIU8EQCAHQbAaNgIkDAELIAcCfyAHKAIkIgQgBygCLE8EQCAHIAQgCEEDdmsiBDYCJEEBIQkgCEEHcQwBCyAEIAcoAigiBkYNASAHIAQgCEEDdiIJIAQgBmsgBCAJayAGTyIJGyIGayIENgIkIAggBkEDdGsLNgIgIAcgBCgAADYCHCAJRSAFQfsBS3INACAAIAVqIgggB0EUaiAHQRxqIgQQCjoAACAIIAdBDGogBBAKOgABAkAgBygCICIGQSFPBEAgB0GwGjYCJAwBCyAHKAIkIgQgBygCLE8EQCAHIAZBB3E2AiAgByAEIAZBA3ZrIgQ2AiQgByAEKAAANgIcDAMLIAQgBygCKCIJRg0AIAcgBiAEIAlrIAZBA3YiBiAEIAZrIgYgCUkbIgpBA3RrNgIgIAcgBCAKayIENgIkIAcgBCgAADYCHCAGIAlPDQILIAVBAnIhBQsgAEEBaiEMAn8CQANAQbp/IQggBUH9AUsNByAAIAVqIgogB0EUaiAHQRxqEAo6AAAgBSAMaiELIAcoAiAiBkEgSw0BAkAgBwJ/IAcoAiQiBCAHKAIsTwRAIAcgBCAGQQN2ayIENgIkIAZBB3EMAQsgBCAHKAIoIglGDQEgByAEIAQgCWsgBkEDdiIOIAQgDmsgCUkbIglrIgQ2AiQgBiAJQQN0aws2AiAgByAEKAAANgIcCyAFQf0BRg0HIAsgB0EMaiAHQRxqEAo6AAAgBUECaiEFIAcoAiAiBkEgTQRAIAcCfyAHKAIkIgQgBygCLE8EQCAHIAQgBkEDdmsiCDYCJCAGQQdxDAELIAQgBygCKCIIRg0CIAcgBCAEIAhrIAZBA3YiCSAEIAlrIAhJGyIEayIINgIkIAYgBEEDdGsLNgIgIAcgCCgAADYCHAwBCwsgB0GwGjYCJCAAIAVqIAdBFGogB0EcahAKOgAAIApBA2oMAQsgB0GwGjYCJCALIAdBDGogB0EcahAKOgAAIApBAmoLIABrIQgMBAsgCCAHQRRqIAdBHGoiBBAKOgACIAggB0EMaiAEEAo6AAMgBUEEaiEFIAcoAiAhCAwACwALIAdBHGoiBCAVIBQQCCIIQYh/Sw0BIAdBFGogBCAMEAkgB0EMaiAEIAwQCSAHKAIgIghBIEsNAAJAIAcCfyAHKAIkIgQgBygCLE8EQCAHIAQgCEEDdmsiBTYCJCAIQQdxDAELIAQgBygCKCIFRg0BIAcgBCAEIAVrIAhBA3YiBiAEIAZrIAVJGyIEayIFNgIkIAggBEEDdGsLIgg2AiAgByAFKAAANgIcC0EAIQUDQAJAAkAgCEEhTwRAIAdBsBo2AiQMAQsgBwJ/IAcoAiQiBCAHKAIsTwRAIAcgBCAIQQN2ayIENgIkQQEhCSAIQQdxDAELIAQgBygCKCIGRg0BIAcgBCAIQQN2IgkgBCAGayAEIAlrIAZPIgkbIgZrIgQ2AiQgCCAGQQN0aws2AiAgByAEKAAANgIcIAlFIAVB+wFLcg0AIAAgBWoiCCAHQRRqIAdBHGoiBBALOgAAIAggB0EMaiAEEAs6AAECQCAHKAIgIgZBIU8EQCAHQbAaNgIkDAELIAcoAiQiBCAHKAIsTwRAIAcgBkEHcTYCICAHIAQgBkEDdmsiBDYCJCAHIAQoAAA2AhwMAwsgBCAHKAIoIglGDQAgByAGIAQgCWsgBkEDdiIGIAQgBmsiBiAJSRsiCkEDdGs2AiAgByAEIAprIgQ2AiQgByAEKAAANgIcIAYgCU8NAgsgBUECciEFCyAAQQFqIQwCfwJAA0BBun8hCCAFQf0BSw0GIAAgBWoiCiAHQRRqIAdBHGoQCzoAACAFIAxqIQsgBygCICIGQSBLDQECQCAHAn8gBygCJCIEIAcoAixPBEAgByAEIAZBA3ZrIgQ2AiQgBkEHcQwBCyAEIAcoAigiCUYNASAHIAQgBCAJayAGQQN2Ig4gBCAOayAJSRsiCWsiBDYCJCAGIAlBA3RrCzYCICAHIAQoAAA2AhwLIAVB/QFGDQYgCyAHQQxqIAdBHGoQCzoAACAFQQJqIQUgBygCICIGQSBNBEAgBwJ/IAcoAiQiBCAHKAIsTwRAIAcgBCAGQQN2ayIINgIkIAZBB3EMAQsgBCAHKAIoIghGDQIgByAEIAQgCGsgBkEDdiIJIAQgCWsgCEkbIgRrIgg2AiQgBiAEQQN0aws2AiAgByAIKAAANgIcDAELCyAHQbAaNgIkIAAgBWogB0EUaiAHQRxqEAs6AAAgCkEDagwBCyAHQbAaNgIkIAsgB0EMaiAHQRxqEAs6AAAgCkECagsgAGshCAwDCyAIIAdBFGogB0EcaiIEEAs6AAIgCCAHQQxqIAQQCzoAAyAFQQRqIQUgBygCICEIDAALAAtBbCEICyAIQYh/Sw0CC0EAIQUgAUEAQTT8CwAgCCEGQQAhBANAIAUgBkcEQCAAIAVqIggtAAAiCUEMSw0CIAEgCUECdGoiCSAJKAIAQQFqNgIAIAVBAWohBUEBIAgtAAB0QQF1IARqIQQMAQsLQWwhCCAERQ0BIARnIgVBHHNBC0sNASADQSAgBWsiAzYCAEGAgICAeEEBIAN0IARrIgNnIgR2IANHDQEgACAGakEgIARrIgA6AAAgASAAQQJ0aiIAIAAoAgBBAWo2AgAgASgCBCIAQQJJIABBAXFyDQEgAiAGQQFqNgIAIA1BAWohCAwBC0FsIQgLIAdBMGokACAIC/UBAQF/IAJFBEAgAEIANwIAIABBADYCECAAQgA3AghBuH8PCyAAIAE2AgwgACABQQRqNgIQIAJBBE8EQCAAIAEgAmoiAUEEayIDNgIIIAAgAygAADYCACABQQFrLQAAIgEEQCAAQQggAWdBH3NrNgIEIAIPCyAAQQA2AgRBfw8LIAAgATYCCCAAIAEtAAAiAzYCAAJAAkACQCACQQJrDgIBAAILIAAgAS0AAkEQdCADciIDNgIACyAAIAEtAAFBCHQgA2o2AgALIAEgAmpBAWstAAAiAUUEQCAAQQA2AgRBbA8LIAAgAWcgAkEDdGtBCWo2AgQgAguuAQEEfyABIAIvAQAiAyABKAIEaiIENgIEIAAgA0ECdEGwGWooAgAgASgCAEEAIARrdnE2AgACQCAEQSFPBEAgAUGwGjYCCAwBCyABKAIIIgMgASgCEE8EQCABEAwMAQsgAyABKAIMIgVGDQAgASADIAMgBWsgBEEDdiIGIAMgBmsgBUkbIgNrIgU2AgggASAEIANBA3RrNgIEIAEgBSgAADYCAAsgACACQQRqNgIEC0wBBH8gACgCBCAAKAIAQQJ0aiICLQACIQMgAi8BACEEIAEgASgCBCIFIAItAAMiAmo2AgQgACAEIAEoAgAgBXRBACACa3ZqNgIAIAMLVgEEfyAAKAIEIAAoAgBBAnRqIgItAAIhAyACLwEAIQQgASACLQADIgIgASgCBGoiBTYCBCAAIAQgAkECdEGwGWooAgAgASgCAEEAIAVrdnFqNgIAIAMLLwEBfyAAIAAoAgQiAUEHcTYCBCAAIAAoAgggAUEDdmsiATYCCCAAIAEoAAA2AgALCAAgAEGIf0sLxQkCDX8CfiMAQRBrIgskACALQQA2AgwgC0EANgIIAn8CQCADQdQJaiIFIAMgC0EIaiALQQxqIAEgAiADQegAahAHIhBBiH9LDQAgCygCCCEIQQogACgCACIJQf8BcSIHIAdBCk8bQQFqIgQgCygCDCIBTwRAAkAgASAETw0AIAQgAWshAkEAIQEDQCABIAhGBEAgBCEBA0AgASACTQRAA0AgAkUNBSADIAJBAnRqQQA2AgAgAkEBayECDAALAAUgAyABQQJ0aiADIAEgAmtBAnRqKAIANgIAIAFBAWshAQwBCwALAAUgASAFaiIKIAJBACAKLQAAIgobIApqOgAAIAFBAWohAQwBCwALAAsgBCEBC0FUIAEgB0EBaksNARogAEEEaiEKIAAgCUH/gYB4cSABQRB0QYCA/AdxcjYCACABQQFqIQ4gA0E0aiEEQQAhAUEAIQIDQCACIA5GRQRAIAMgAkECdCIAaigCACEHIAAgBGogATYCACACQQFqIQIgASAHaiEBDAELCyADQdQHaiEHIAhBA2shAUEAIQADQAJAQQAhAiAAIAFOBEADQCAAIAhODQIgBCAAIAVqLQAAQQJ0aiIBIAEoAgAiAUEBajYCACABIAdqIAA6AAAgAEEBaiEADAALAAUDQCACQQRGRQRAIAQgBSAAIAJyIglqLQAAQQJ0aiIMIAwoAgAiDEEBajYCACAHIAxqIAk6AAAgAkEBaiECDAELCyAAQQRqIQAMAgsACwsgAygCACEIQQAhAEEBIQkDQCAJIA5GDQEgDiAJayEEIAMgCUECdGooAgAhBQJAAkACQAJAAkACQEEBIAl0QQF1IgxBAWsOCAABBAIEBAQDBAtBACECIAVBACAFQQBKGyEGIAAhAQNAIAIgBkYNBSAKIAFBAXRqIg0gByACIAhqai0AADoAASANIAQ6AAAgAkEBaiECIAFBAWohAQwACwALQQAhAiAFQQAgBUEAShshDSAAIQEDQCACIA1GDQQgCiABQQF0aiIGIAcgAiAIamotAAAiDzoAAyAGIAQ6AAIgBiAPOgABIAYgBDoAACACQQFqIQIgAUECaiEBDAALAAtBACECIAVBACAFQQBKGyEGIARB/wFxrSERIAAhAQNAIAIgBkYNAyAKIAFBAXRqIAcgAiAIamoxAABCCIYgEYRCgYCEgJCAwAB+NwAAIAJBAWohAiABQQRqIQEMAAsAC0EAIQIgBUEAIAVBAEobIQYgBEH/AXGtIREgACEBA0AgAiAGRg0CIAogAUEBdGoiBCAHIAIgCGpqMQAAQgiGIBGEQoGAhICQgMAAfiISNwAIIAQgEjcAACACQQFqIQIgAUEIaiEBDAALAAtBACEBIAVBACAFQQBKGyENIARB/wFxrSESIAAhBANAIAEgDUYNASAKIARBAXRqIQ8gByABIAhqajEAAEIIhiAShEKBgISAkIDAAH4hEUEAIQIDQCACIAxORQRAIA8gAkEBdGoiBiARNwAYIAYgETcAECAGIBE3AAggBiARNwAAIAJBEGohAgwBCwsgAUEBaiEBIAQgDGohBAwACwALIAlBAWohCSAFIAhqIQggBSAMbCAAaiEADAALAAsgEAshAiALQRBqJAAgAgufAwIBfgF/AkACQAJAAkACQAJAQQEgBCADa3QiCEEBaw4IAAEEAgQEBAMECyAGQRh0IANBEHRqIQMDQCABIAJGDQUgACABLQAAIgQgBEEIdCAFciAGQQFGGyADcjYBACABQQFqIQEgAEEEaiEADAALAAsgBkEYdCADQRB0aiEDA0AgASACRg0EIAAgAS0AACIEIARBCHQgBXIgBkEBRhsgA3IiBDYBBCAAIAQ2AQAgAUEBaiEBIABBCGohAAwACwALA0AgASACRg0DIAAgAS0AACADIAUgBhAQIgc3AQggACAHNwEAIAFBAWohASAAQRBqIQAMAAsACwNAIAEgAkYNAiAAIAEtAAAgAyAFIAYQECIHNwEYIAAgBzcBECAAIAc3AQggACAHNwEAIAFBAWohASAAQSBqIQAMAAsACwNAIAEgAkYNASAAIAhBAnRqIQQgAS0AACADIAUgBhAQIQcDQCAAIARGRQRAIAAgBzcBGCAAIAc3ARAgACAHNwEIIAAgBzcBACAAQSBqIQAMAQsLIAFBAWohASAEIQAMAAsACwsmACADQRh0IAFBEHRqIAAgAEEIdCACciADQQFGG3KtQoGAgIAQfgu7BgEKfyMAQSBrIgUkACAELwECIQsgBUEMaiACIAMQCCIDQYh/TQRAIARBBGohCCAAIAFqIQkCQAJAAkAgAUEETwRAIAlBA2shDUEAIAtrQR9xIQwgBSgCFCEDIAUoAhghByAFKAIcIQ4gBSgCDCEGIAUoAhAhBANAIARBIEsEQEGwGiEDDAQLAkAgAyAOTwRAIARBB3EhAiAEQQN2IQZBASEEDAELIAMgB0YNBCAEIARBA3YiAiADIAdrIAMgAmsgB08iBBsiBkEDdGshAgsgAyAGayIDKAAAIQYgBEUgACANT3INAiAIIAYgAnQgDHZBAXRqIgQtAAAhCiAAIAQtAAE6AAAgCCAGIAIgCmoiAnQgDHZBAXRqIgQtAAAhCiAAIAQtAAE6AAEgAiAKaiEEIABBAmohAAwACwALIAUoAhAiBEEhTwRAIAVBsBo2AhQMAwsgBSgCFCIDIAUoAhxPBEAgBSAEQQdxIgI2AhAgBSADIARBA3ZrIgM2AhQgBSADKAAANgIMIAIhBAwDCyADIAUoAhgiAkYNAiAFIAQgAyACayAEQQN2IgQgAyAEayACSRsiAkEDdGsiBDYCECAFIAMgAmsiAjYCFCAFIAIoAAA2AgwMAgsgAiEECyAFIAQ2AhAgBSADNgIUIAUgBjYCDAtBACALa0EfcSEHA0ACQCAEQSFPBEAgBUGwGjYCFAwBCyAFAn8gBSgCFCICIAUoAhxPBEAgBSACIARBA3ZrIgM2AhRBASEGIARBB3EMAQsgAiAFKAIYIgNGDQEgBSACIARBA3YiBiACIANrIAIgBmsgA08iBhsiAmsiAzYCFCAEIAJBA3RrCyIENgIQIAUgAygAACICNgIMIAZFIAAgCU9yDQAgCCACIAR0IAd2QQF0aiICLQABIQMgBSAEIAItAABqNgIQIAAgAzoAACAAQQFqIQAgBSgCECEEDAELCwNAIAAgCU9FBEAgCCAFKAIMIAUoAhAiAnQgB3ZBAXRqIgMtAAEhBCAFIAIgAy0AAGo2AhAgACAEOgAAIABBAWohAAwBCwtBbEFsIAEgBSgCEEEgRxsgBSgCFCAFKAIYRxshAwsgBUEgaiQAIAML/SEBGX8jAEHQAGsiBSQAQWwhBgJAIAFBBkkgA0EKSXINAAJAIAMgAi8ABCIHIAIvAAAiCiACLwACIglqakEGaiILSQ0AIAAgAUEDakECdiIMaiIIIAxqIg0gDGoiDCAAIAFqIhFLDQAgBC8BAiEOIAVBPGogAkEGaiICIAoQCCIGQYh/Sw0BIAVBKGogAiAKaiICIAkQCCIGQYh/Sw0BIAVBFGogAiAJaiICIAcQCCIGQYh/Sw0BIAUgAiAHaiADIAtrEAgiBkGIf0sNASAEQQRqIQogEUEDayESAkAgESAMa0EESQRAIAwhAyANIQIgCCEEDAELQQAgDmtBH3EhBkEAIQkgDCEDIA0hAiAIIQQDQCAJQQFxIAMgEk9yDQEgACAKIAUoAjwiCSAFKAJAIgt0IAZ2QQJ0aiIHLwEAOwAAIActAAIhECAHLQADIQ8gBCAKIAUoAigiEyAFKAIsIhR0IAZ2QQJ0aiIHLwEAOwAAIActAAIhFSAHLQADIRYgAiAKIAUoAhQiFyAFKAIYIhh0IAZ2QQJ0aiIHLwEAOwAAIActAAIhGSAHLQADIRogAyAKIAUoAgAiGyAFKAIEIhx0IAZ2QQJ0aiIHLwEAOwAAIActAAIhHSAHLQADIQcgACAPaiIPIAogCSALIBBqIgl0IAZ2QQJ0aiIALwEAOwAAIAUgCSAALQACajYCQCAALQADIQkgBCAWaiIEIAogEyAUIBVqIgt0IAZ2QQJ0aiIALwEAOwAAIAUgCyAALQACajYCLCAALQADIQsgAiAaaiICIAogFyAYIBlqIhB0IAZ2QQJ0aiIALwEAOwAAIAUgECAALQACajYCGCAALQADIRAgAyAHaiIHIAogGyAcIB1qIgB0IAZ2QQJ0aiIDLwEAOwAAIAUgACADLQACajYCBCAJIA9qIQAgBCALaiEEIAIgEGohAiAHIAMtAANqIQMgBUE8ahATIAVBKGoQE3IgBUEUahATciAFEBNyQQBHIQkMAAsACyAAIAhLIAQgDUtyDQBBbCEGIAIgDEsNAQJAAkAgCCAAayIJQQRPBEAgCEEDayEQQQAgDmtBH3EhCyAFKAJAIQYDQCAGQSFPBEAgBUGwGjYCRAwDCyAFAn8gBSgCRCIHIAUoAkxPBEAgBSAHIAZBA3ZrIgk2AkRBASEHIAZBB3EMAQsgByAFKAJIIglGDQMgBSAHIAZBA3YiDyAHIAlrIAcgD2sgCU8iBxsiD2siCTYCRCAGIA9BA3RrCyIGNgJAIAUgCSgAACIJNgI8IAdFIAAgEE9yDQIgACAKIAkgBnQgC3ZBAnRqIgYvAQA7AAAgBSAFKAJAIAYtAAJqIgc2AkAgACAGLQADaiIJIAogBSgCPCAHdCALdkECdGoiAC8BADsAACAFIAUoAkAgAC0AAmoiBjYCQCAJIAAtAANqIQAMAAsACyAFKAJAIgZBIU8EQCAFQbAaNgJEDAILIAUoAkQiCyAFKAJMTwRAIAUgBkEHcSIHNgJAIAUgCyAGQQN2ayIGNgJEIAUgBigAADYCPCAHIQYMAgsgCyAFKAJIIgdGDQEgBSAGIAsgB2sgBkEDdiIGIAsgBmsgB0kbIgdBA3RrIgY2AkAgBSALIAdrIgc2AkQgBSAHKAAANgI8DAELIAggAGshCQsCQCAJQQJJDQAgCEECayELQQAgDmtBH3EhEANAAkAgBkEhTwRAIAVBsBo2AkQMAQsgBQJ/IAUoAkQiByAFKAJMTwRAIAUgByAGQQN2ayIJNgJEQQEhByAGQQdxDAELIAcgBSgCSCIJRg0BIAUgByAGQQN2Ig8gByAJayAHIA9rIAlPIgcbIg9rIgk2AkQgBiAPQQN0awsiBjYCQCAFIAkoAAAiCTYCPCAHRSAAIAtLcg0AIAAgCiAJIAZ0IBB2QQJ0aiIHLwEAOwAAIAUgBSgCQCAHLQACaiIGNgJAIAAgBy0AA2ohAAwBCwsDQCAAIAtLDQEgACAKIAUoAjwgBnQgEHZBAnRqIgcvAQA7AAAgBSAFKAJAIActAAJqIgY2AkAgACAHLQADaiEADAALAAsCQCAAIAhPDQAgACAKIAUoAjwgBnRBACAOa3ZBAnRqIgAtAAA6AAAgBQJ/IAAtAANBAUYEQCAFKAJAIAAtAAJqDAELIAUoAkAiCEEfSw0BQSAgCCAALQACaiIAIABBIE8bCzYCQAsCQAJAIA0gBGsiBkEETwRAIA1BA2shCUEAIA5rQR9xIQcgBSgCLCEAA0AgAEEhTwRAIAVBsBo2AjAMAwsgBQJ/IAUoAjAiCCAFKAI4TwRAIAUgCCAAQQN2ayIGNgIwQQEhCCAAQQdxDAELIAggBSgCNCIGRg0DIAUgCCAAQQN2IgsgCCAGayAIIAtrIAZPIggbIgtrIgY2AjAgACALQQN0awsiADYCLCAFIAYoAAAiBjYCKCAIRSAEIAlPcg0CIAQgCiAGIAB0IAd2QQJ0aiIALwEAOwAAIAUgBSgCLCAALQACaiIINgIsIAQgAC0AA2oiBiAKIAUoAiggCHQgB3ZBAnRqIgQvAQA7AAAgBSAFKAIsIAQtAAJqIgA2AiwgBiAELQADaiEEDAALAAsgBSgCLCIAQSFPBEAgBUGwGjYCMAwCCyAFKAIwIgcgBSgCOE8EQCAFIABBB3EiCDYCLCAFIAcgAEEDdmsiADYCMCAFIAAoAAA2AiggCCEADAILIAcgBSgCNCIIRg0BIAUgACAHIAhrIABBA3YiACAHIABrIAhJGyIIQQN0ayIANgIsIAUgByAIayIINgIwIAUgCCgAADYCKAwBCyANIARrIQYLAkAgBkECSQ0AIA1BAmshCUEAIA5rQR9xIQsDQAJAIABBIU8EQCAFQbAaNgIwDAELIAUCfyAFKAIwIgggBSgCOE8EQCAFIAggAEEDdmsiBjYCMEEBIQcgAEEHcQwBCyAIIAUoAjQiBkYNASAFIAggAEEDdiIHIAggBmsgCCAHayAGTyIHGyIIayIGNgIwIAAgCEEDdGsLIgA2AiwgBSAGKAAAIgg2AiggB0UgBCAJS3INACAEIAogCCAAdCALdkECdGoiCC8BADsAACAFIAUoAiwgCC0AAmoiADYCLCAEIAgtAANqIQQMAQsLA0AgBCAJSw0BIAQgCiAFKAIoIAB0IAt2QQJ0aiIILwEAOwAAIAUgBSgCLCAILQACaiIANgIsIAQgCC0AA2ohBAwACwALAkAgBCANTw0AIAQgCiAFKAIoIAB0QQAgDmt2QQJ0aiIALQAAOgAAIAUCfyAALQADQQFGBEAgBSgCLCAALQACagwBCyAFKAIsIgRBH0sNAUEgIAQgAC0AAmoiACAAQSBPGws2AiwLAkACQCAMIAJrIgZBBE8EQCAMQQNrIQdBACAOa0EfcSEIIAUoAhghAANAIABBIU8EQCAFQbAaNgIcDAMLIAUCfyAFKAIcIgQgBSgCJE8EQCAFIAQgAEEDdmsiBjYCHEEBIQkgAEEHcQwBCyAEIAUoAiAiDUYNAyAFIAQgAEEDdiIGIAQgDWsgBCAGayANTyIJGyIEayIGNgIcIAAgBEEDdGsLIgA2AhggBSAGKAAAIgQ2AhQgCUUgAiAHT3INAiACIAogBCAAdCAIdkECdGoiAC8BADsAACAFIAUoAhggAC0AAmoiBDYCGCACIAAtAANqIg0gCiAFKAIUIAR0IAh2QQJ0aiICLwEAOwAAIAUgBSgCGCACLQACaiIANgIYIA0gAi0AA2ohAgwACwALIAUoAhgiAEEhTwRAIAVBsBo2AhwMAgsgBSgCHCIIIAUoAiRPBEAgBSAAQQdxIgQ2AhggBSAIIABBA3ZrIgA2AhwgBSAAKAAANgIUIAQhAAwCCyAIIAUoAiAiBEYNASAFIAAgCCAEayAAQQN2IgAgCCAAayAESRsiBEEDdGsiADYCGCAFIAggBGsiBDYCHCAFIAQoAAA2AhQMAQsgDCACayEGCwJAIAZBAkkNACAMQQJrIQ1BACAOa0EfcSEHA0ACQCAAQSFPBEAgBUGwGjYCHAwBCyAFAn8gBSgCHCIEIAUoAiRPBEAgBSAEIABBA3ZrIgY2AhxBASEIIABBB3EMAQsgBCAFKAIgIghGDQEgBSAEIABBA3YiBiAEIAhrIAQgBmsgCE8iCBsiBGsiBjYCHCAAIARBA3RrCyIANgIYIAUgBigAACIENgIUIAhFIAIgDUtyDQAgAiAKIAQgAHQgB3ZBAnRqIgQvAQA7AAAgBSAFKAIYIAQtAAJqIgA2AhggAiAELQADaiECDAELCwNAIAIgDUsNASACIAogBSgCFCAAdCAHdkECdGoiBC8BADsAACAFIAUoAhggBC0AAmoiADYCGCACIAQtAANqIQIMAAsACwJAIAIgDE8NACACIAogBSgCFCAAdEEAIA5rdkECdGoiAC0AADoAACAFAn8gAC0AA0EBRgRAIAUoAhggAC0AAmoMAQsgBSgCGCICQR9LDQFBICACIAAtAAJqIgAgAEEgTxsLNgIYCwJAIBEgA2tBBE8EQEEAIA5rQR9xIQQgBSgCBCEAA0AgAEEhTwRAIAVBsBo2AggMAwsgBQJ/IAUoAggiAiAFKAIQTwRAIAUgAiAAQQN2ayIGNgIIQQEhAiAAQQdxDAELIAIgBSgCDCIMRg0DIAUgAiAAQQN2IgggAiAMayACIAhrIAxPIgIbIgxrIgY2AgggACAMQQN0awsiADYCBCAFIAYoAAAiDDYCACACRSADIBJPcg0CIAMgCiAMIAB0IAR2QQJ0aiIALwEAOwAAIAUgBSgCBCAALQACaiICNgIEIAMgAC0AA2oiAyAKIAUoAgAgAnQgBHZBAnRqIgIvAQA7AAAgBSAFKAIEIAItAAJqIgA2AgQgAyACLQADaiEDDAALAAsgBSgCBCIAQSFPBEAgBUGwGjYCCAwBCyAFKAIIIgQgBSgCEE8EQCAFIABBB3EiAjYCBCAFIAQgAEEDdmsiADYCCCAFIAAoAAA2AgAgAiEADAELIAQgBSgCDCICRg0AIAUgACAEIAJrIABBA3YiACAEIABrIAJJGyICQQN0ayIANgIEIAUgBCACayICNgIIIAUgAigAADYCAAsCQCARIANrQQJJDQAgEUECayEEQQAgDmtBH3EhDANAAkAgAEEhTwRAIAVBsBo2AggMAQsgBQJ/IAUoAggiAiAFKAIQTwRAIAUgAiAAQQN2ayIGNgIIQQEhCSAAQQdxDAELIAIgBSgCDCIIRg0BIAUgAiAAQQN2Ig0gAiAIayACIA1rIAhPIgkbIgJrIgY2AgggACACQQN0awsiADYCBCAFIAYoAAAiAjYCACAJRSADIARLcg0AIAMgCiACIAB0IAx2QQJ0aiICLwEAOwAAIAUgBSgCBCACLQACaiIANgIEIAMgAi0AA2ohAwwBCwsDQCADIARLDQEgAyAKIAUoAgAgAHQgDHZBAnRqIgIvAQA7AAAgBSAFKAIEIAItAAJqIgA2AgQgAyACLQADaiEDDAALAAsCQCADIBFPDQAgAyAKIAUoAgAgAHRBACAOa3ZBAnRqIgItAAA6AAAgAi0AA0EBRgRAIAUoAgQgAi0AAmohAAwBCyAFKAIEIgBBH0sNAEEgIAAgAi0AAmoiACAAQSBPGyEAC0FsQWxBbEFsQWxBbEFsQWwgASAAQSBHGyAFKAIIIAUoAgxHGyAFKAIYQSBHGyAFKAIcIAUoAiBHGyAFKAIsQSBHGyAFKAIwIAUoAjRHGyAFKAJAQSBHGyAFKAJEIAUoAkhHGyEGDAELQWwhBgsgBUHQAGokACAGCxkAIAAoAgggACgCEEkEQEEDDwsgABAMQQAL8xwBFn8jAEHQAGsiBSQAQWwhCAJAIAFBBkkgA0EKSXINAAJAIAMgAi8ABCIGIAIvAAAiCiACLwACIglqakEGaiISSQ0AIAAgAUEDakECdiILaiIHIAtqIg4gC2oiCyAAIAFqIg9LDQAgBC8BAiEMIAVBPGogAkEGaiICIAoQCCIIQYh/Sw0BIAVBKGogAiAKaiICIAkQCCIIQYh/Sw0BIAVBFGogAiAJaiICIAYQCCIIQYh/Sw0BIAUgAiAGaiADIBJrEAgiCEGIf0sNASAEQQRqIQogD0EDayESAkAgDyALa0EESQRAIAshAyAOIQIgByEEDAELQQAgDGtBH3EhCEEAIQYgCyEDIA4hAiAHIQQDQCAGQQFxIAMgEk9yDQEgCiAFKAI8IgYgBSgCQCIJdCAIdkEBdGoiDS0AACEQIAAgDS0AAToAACAKIAUoAigiDSAFKAIsIhF0IAh2QQF0aiITLQAAIRUgBCATLQABOgAAIAogBSgCFCITIAUoAhgiFnQgCHZBAXRqIhQtAAAhFyACIBQtAAE6AAAgCiAFKAIAIhQgBSgCBCIYdCAIdkEBdGoiGS0AACEaIAMgGS0AAToAACAKIAYgCSAQaiIGdCAIdkEBdGoiCS0AASEQIAUgBiAJLQAAajYCQCAAIBA6AAEgCiANIBEgFWoiBnQgCHZBAXRqIgktAAEhDSAFIAYgCS0AAGo2AiwgBCANOgABIAogEyAWIBdqIgZ0IAh2QQF0aiIJLQABIQ0gBSAGIAktAABqNgIYIAIgDToAASAKIBQgGCAaaiIGdCAIdkEBdGoiCS0AASENIAUgBiAJLQAAajYCBCADIA06AAEgA0ECaiEDIAJBAmohAiAEQQJqIQQgAEECaiEAIAVBPGoQEyAFQShqEBNyIAVBFGoQE3IgBRATckEARyEGDAALAAsgACAHSyAEIA5Lcg0AQWwhCCACIAtLDQECQCAHIABrQQROBEAgB0EDayEQQQAgDGtBH3EhDQNAIAUoAkAiBkEhTwRAIAVBsBo2AkQMAwsgBQJ/IAUoAkQiCCAFKAJMTwRAIAUgCCAGQQN2ayIINgJEQQEhCSAGQQdxDAELIAggBSgCSCIJRg0DIAUgCCAGQQN2IhEgCCAJayAIIBFrIAlPIgkbIhFrIgg2AkQgBiARQQN0awsiBjYCQCAFIAgoAAAiCDYCPCAJRSAAIBBPcg0CIAogCCAGdCANdkEBdGoiCC0AASEJIAUgBiAILQAAajYCQCAAIAk6AAAgCiAFKAI8IAUoAkAiBnQgDXZBAXRqIggtAAEhCSAFIAYgCC0AAGo2AkAgACAJOgABIABBAmohAAwACwALIAUoAkAiBkEhTwRAIAVBsBo2AkQMAQsgBSgCRCIJIAUoAkxPBEAgBSAGQQdxIgg2AkAgBSAJIAZBA3ZrIgY2AkQgBSAGKAAANgI8IAghBgwBCyAJIAUoAkgiCEYNACAFIAYgCSAIayAGQQN2IgYgCSAGayAISRsiCEEDdGsiBjYCQCAFIAkgCGsiCDYCRCAFIAgoAAA2AjwLQQAgDGtBH3EhCANAAkAgBkEhTwRAIAVBsBo2AkQMAQsgBQJ/IAUoAkQiCSAFKAJMTwRAIAUgCSAGQQN2ayIMNgJEQQEhCSAGQQdxDAELIAkgBSgCSCIMRg0BIAUgCSAGQQN2Ig0gCSAMayAJIA1rIAxPIgkbIg1rIgw2AkQgBiANQQN0awsiBjYCQCAFIAwoAAAiDDYCPCAJRSAAIAdPcg0AIAogDCAGdCAIdkEBdGoiCS0AASEMIAUgBiAJLQAAajYCQCAAIAw6AAAgAEEBaiEAIAUoAkAhBgwBCwsDQCAAIAdPRQRAIAogBSgCPCAFKAJAIgZ0IAh2QQF0aiIJLQABIQwgBSAGIAktAABqNgJAIAAgDDoAACAAQQFqIQAMAQsLAkAgDiAEa0EETgRAIA5BA2shCQNAIAUoAiwiAEEhTwRAIAVBsBo2AjAMAwsgBQJ/IAUoAjAiByAFKAI4TwRAIAUgByAAQQN2ayIGNgIwQQEhByAAQQdxDAELIAcgBSgCNCIGRg0DIAUgByAAQQN2IgwgByAGayAHIAxrIAZPIgcbIgxrIgY2AjAgACAMQQN0awsiADYCLCAFIAYoAAAiBjYCKCAHRSAEIAlPcg0CIAogBiAAdCAIdkEBdGoiBy0AASEGIAUgACAHLQAAajYCLCAEIAY6AAAgCiAFKAIoIAUoAiwiAHQgCHZBAXRqIgctAAEhBiAFIAAgBy0AAGo2AiwgBCAGOgABIARBAmohBAwACwALIAUoAiwiAEEhTwRAIAVBsBo2AjAMAQsgBSgCMCIGIAUoAjhPBEAgBSAAQQdxIgc2AiwgBSAGIABBA3ZrIgA2AjAgBSAAKAAANgIoIAchAAwBCyAGIAUoAjQiB0YNACAFIAAgBiAHayAAQQN2IgAgBiAAayAHSRsiB0EDdGsiADYCLCAFIAYgB2siBzYCMCAFIAcoAAA2AigLA0ACQCAAQSFPBEAgBUGwGjYCMAwBCyAFAn8gBSgCMCIHIAUoAjhPBEAgBSAHIABBA3ZrIgY2AjBBASEHIABBB3EMAQsgByAFKAI0IgZGDQEgBSAHIABBA3YiCSAHIAZrIAcgCWsgBk8iBxsiCWsiBjYCMCAAIAlBA3RrCyIANgIsIAUgBigAACIGNgIoIAdFIAQgDk9yDQAgCiAGIAB0IAh2QQF0aiIHLQABIQYgBSAAIActAABqNgIsIAQgBjoAACAEQQFqIQQgBSgCLCEADAELCwNAIAQgDk9FBEAgCiAFKAIoIAUoAiwiAHQgCHZBAXRqIgctAAEhBiAFIAAgBy0AAGo2AiwgBCAGOgAAIARBAWohBAwBCwsCQCALIAJrQQROBEAgC0EDayEOA0AgBSgCGCIAQSFPBEAgBUGwGjYCHAwDCyAFAn8gBSgCHCIEIAUoAiRPBEAgBSAEIABBA3ZrIgQ2AhxBASEGIABBB3EMAQsgBCAFKAIgIgdGDQMgBSAEIABBA3YiBiAEIAdrIAQgBmsgB08iBhsiB2siBDYCHCAAIAdBA3RrCyIANgIYIAUgBCgAACIENgIUIAZFIAIgDk9yDQIgCiAEIAB0IAh2QQF0aiIELQABIQcgBSAAIAQtAABqNgIYIAIgBzoAACAKIAUoAhQgBSgCGCIAdCAIdkEBdGoiBC0AASEHIAUgACAELQAAajYCGCACIAc6AAEgAkECaiECDAALAAsgBSgCGCIAQSFPBEAgBUGwGjYCHAwBCyAFKAIcIgcgBSgCJE8EQCAFIABBB3EiBDYCGCAFIAcgAEEDdmsiADYCHCAFIAAoAAA2AhQgBCEADAELIAcgBSgCICIERg0AIAUgACAHIARrIABBA3YiACAHIABrIARJGyIEQQN0ayIANgIYIAUgByAEayIENgIcIAUgBCgAADYCFAsDQAJAIABBIU8EQCAFQbAaNgIcDAELIAUCfyAFKAIcIgQgBSgCJE8EQCAFIAQgAEEDdmsiBDYCHEEBIQYgAEEHcQwBCyAEIAUoAiAiB0YNASAFIAQgAEEDdiIOIAQgB2sgBCAOayAHTyIGGyIHayIENgIcIAAgB0EDdGsLIgA2AhggBSAEKAAAIgQ2AhQgBkUgAiALT3INACAKIAQgAHQgCHZBAXRqIgQtAAEhByAFIAAgBC0AAGo2AhggAiAHOgAAIAJBAWohAiAFKAIYIQAMAQsLA0AgAiALT0UEQCAKIAUoAhQgBSgCGCIAdCAIdkEBdGoiBC0AASEHIAUgACAELQAAajYCGCACIAc6AAAgAkEBaiECDAELCwJAIA8gA2tBBE4EQANAIAUoAgQiAEEhTwRAIAVBsBo2AggMAwsgBQJ/IAUoAggiAiAFKAIQTwRAIAUgAiAAQQN2ayIENgIIQQEhAiAAQQdxDAELIAIgBSgCDCIERg0DIAUgAiAAQQN2IgsgAiAEayACIAtrIARPIgIbIgtrIgQ2AgggACALQQN0awsiADYCBCAFIAQoAAAiBDYCACACRSADIBJPcg0CIAogBCAAdCAIdkEBdGoiAi0AASEEIAUgACACLQAAajYCBCADIAQ6AAAgCiAFKAIAIAUoAgQiAHQgCHZBAXRqIgItAAEhBCAFIAAgAi0AAGo2AgQgAyAEOgABIANBAmohAwwACwALIAUoAgQiAEEhTwRAIAVBsBo2AggMAQsgBSgCCCIEIAUoAhBPBEAgBSAAQQdxIgI2AgQgBSAEIABBA3ZrIgA2AgggBSAAKAAANgIAIAIhAAwBCyAEIAUoAgwiAkYNACAFIAAgBCACayAAQQN2IgAgBCAAayACSRsiAkEDdGsiADYCBCAFIAQgAmsiAjYCCCAFIAIoAAA2AgALA0ACQCAAQSFPBEAgBUGwGjYCCAwBCyAFAn8gBSgCCCICIAUoAhBPBEAgBSACIABBA3ZrIgQ2AghBASECIABBB3EMAQsgAiAFKAIMIgRGDQEgBSACIABBA3YiCyACIARrIAIgC2sgBE8iAhsiC2siBDYCCCAAIAtBA3RrCyIANgIEIAUgBCgAACIENgIAIAJFIAMgD09yDQAgCiAEIAB0IAh2QQF0aiICLQABIQQgBSAAIAItAABqNgIEIAMgBDoAACADQQFqIQMgBSgCBCEADAELCwNAIAMgD09FBEAgCiAFKAIAIAUoAgQiAHQgCHZBAXRqIgItAAEhBCAFIAAgAi0AAGo2AgQgAyAEOgAAIANBAWohAwwBCwtBbEFsQWxBbEFsQWxBbEFsIAEgBSgCBEEgRxsgBSgCCCAFKAIMRxsgBSgCGEEgRxsgBSgCHCAFKAIgRxsgBSgCLEEgRxsgBSgCMCAFKAI0RxsgBSgCQEEgRxsgBSgCRCAFKAJIRxshCAwBC0FsIQgLIAVB0ABqJAAgCAsaACAABEAgAQRAIAIgACABEQIADwsgABACCwtSAQN/AkAgACgCmOsBIgFFDQAgASgCACABKAK01QEiAiABKAK41QEiAxAVIAIEQCADIAEgAhECAAwBCyABEAILIABBADYCqOsBIABCADcDmOsBC5QFAgR/An4jAEEQayIGJAACQCABIAJFckUEQEF/IQQMAQsCQEEBQQUgAxsiBCACSwRAIAJFIANBAUZyDQIgBkGo6r5pNgIMIAJFIgBFBEAgBkEMaiABIAL8CgAACyAGKAIMQajqvmlGDQIgBkHQ1LTCATYCDCAARQRAIAZBDGogASAC/AoAAAsgBigCDEFwcUHQ1LTCAUYNAgwBCyAAQQBBMPwLAEEBIQUCQCADQQFGDQAgAyEFIAEoAAAiA0Go6r5pRg0AIANBcHFB0NS0wgFHDQFBCCEEIAJBCEkNAiAAQQE2AhQgASgAACECIABBCDYCGCAAIAJB0NS0wgFrNgIcIAAgATUABDcDAEEAIQQMAgsgAiABIAIgBRAYIgJJBEAgAiEEDAILIAAgAjYCGCABIARqIgVBAWstAAAiAkEIcQRAQXIhBAwCCyACQSBxIgNFBEAgBS0AACIFQacBSwRAQXAhBAwDCyAFQQdxrUIBIAVBA3ZBCmqthiIIQgOIfiAIfCEJIARBAWohBAsgAkEGdiEFIAJBAnYhBwJAAkACQAJAIAJBA3EiAkEBaw4DAAECAwsgASAEai0AACECIARBAWohBAwCCyABIARqLwAAIQIgBEECaiEEDAELIAEgBGooAAAhAiAEQQRqIQQLIAdBAXEhBwJ+AkACQAJAAkAgBUEBaw4DAQIDAAtCfyADRQ0DGiABIARqMQAADAMLIAEgBGozAABCgAJ8DAILIAEgBGo1AAAMAQsgASAEaikAAAshCCAAIAc2AiAgACACNgIcIAAgCDcDAEEAIQQgAEEANgIUIAAgCCAJIAMbIgg3AwggAEKAgAggCCAIQoCACFobPgIQDAELQXYhBAsgBkEQaiQAIAQLXwEBf0G4fyEDIAFBAUEFIAIbIgFPBH8gACABakEBay0AACIAQQNxQQJ0QcAaaigCACABaiAAQQR2QQxxQdAaaigCAGogAEEgcSIBRWogAUEFdiAAQcAASXFqBUG4fwsLxAICBH8CfiMAQUBqIgQkAAJAA0AgAUEFTwRAAkAgACgAAEFwcUHQ1LTCAUYEQEJ+IQYgAUEISQ0EIAAoAAQiA0F3Sw0EIANBCGoiAiABSw0EIANBgX9JDQEMBAsgBEEQaiIDIAAgAUEAEBchAkJ+IAQpAxBCACAEKAIkQQFHGyACGyIGQn1WDQMgBiAHfCIHIAZUIQJCfiEGIAINAyADIAAgAUEAEBciAkGIf0sgAnINAyABIAQoAigiA2shAiAAIANqIQMDQCADIAIgBEEEahAaIgVBiH9LDQQgAiAFQQNqIgVJDQQgAiAFayECIAMgBWohAyAEKAIIRQ0ACyAEKAIwBH8gAkEESQ0EIANBBGoFIAMLIABrIgJBiH9LDQMLIAEgAmshASAAIAJqIQAMAQsLQn4gByABGyEGCyAEQUBrJAAgBgtkAQF/Qbh/IQMCQCABQQNJDQAgAC0AAiEBIAIgAC8AACIAQQFxNgIEIAIgAEEBdkEDcSIDNgIAIAIgACABQRB0ckEDdiIANgIIAkACQCADQQFrDgMCAQABC0FsDwsgACEDCyADC7ABAAJ/IAIgACgClOsBBH8gACgC0OkBBUGAgAgLIgIgA2pBQGtLBEAgACABIAJqQSBqIgE2AvzrAUEBIQIgASADagwBCyADQYCABE0EQCAAIABBiOwBaiIBNgL86wFBACECIAEgA2oMAQsgACABIARqIgEgA2siAkHg/wNqIgQgAiAFGzYC/OsBQQIhAiADIARqQYCABGsgASAFGwshAyAAIAI2AoTsASAAIAM2AoDsAQuyBwIEfwF+IwBBgAFrIg4kACAOIAM2AnwCQAJAAkACQAJAAkAgAkEBaw4DAAMCAQsgBkUEQEG4fyEKDAULIAMgBS0AACICSQ0DIAIgCGotAAAhAyAHIAJBAnRqKAIAIQIgAEEAOgALIABCADcCACAAIAI2AgwgACADOgAKIABBADsBCCABIAA2AgBBASEKDAQLIAEgCTYCAEEAIQoMAwsgCkUNAUEAIQogC0UgDEEZSXINAkEIIAR0QQhyIQBBACEDA0AgACADTQ0DIANBQGshAwwACwALQWwhCiAOIA5B/ABqIA5B+ABqIAUgBhAGIgNBiH9LDQEgDigCeCICIARLDQEgAEEMaiEMIA4oAnxBAWohEUGAgAIgAnRBEHYhEEEAIQRBASEFQQEgAnQiCkEBayILIQkDQCAEIBFHBEACQCAOIARBAXQiD2ovAQAiBkH//wNGBEAgDCAJQQN0aiAENgIAIAlBAWshCUEBIQYMAQsgBUEAIBAgBsFKGyEFCyANIA9qIAY7AQAgBEEBaiEEDAELCyAAIAI2AgQgACAFNgIAAkAgCSALRgRAIA1B6gBqIRBBACEJQQAhBQNAIAkgEUYEQCAKQQN2IApBAXZqQQNqIglBAXQhEUEAIQZBACEFA0AgBSAKTw0EIAUgEGohD0EAIQQDQCAEQQJHBEAgDCAEIAlsIAZqIAtxQQN0aiAEIA9qLQAANgIAIARBAWohBAwBCwsgBUECaiEFIAYgEWogC3EhBgwACwAFIA4gCUEBdGouAQAhBiAFIBBqIg8gEjcAAEEIIQQDQCAEIAZIBEAgBCAPaiASNwAAIARBCGohBAwBCwsgEkKBgoSIkKDAgAF8IRIgCUEBaiEJIAUgBmohBQwBCwALAAsgCkEDdiAKQQF2akEDaiEQQQAhBUEAIQYDQCAFIBFGDQFBACEEIA4gBUEBdGouAQAiD0EAIA9BAEobIQ8DQCAEIA9HBEAgDCAGQQN0aiAFNgIAA0AgBiAQaiALcSIGIAlLDQALIARBAWohBAwBCwsgBUEBaiEFDAALAAsgAEEIaiEJIAJBH2shC0EAIQYDQCAGIApHBEAgDSAJIAZBA3RqIgIoAgQiBEEBdGoiBSAFLwEAIgVBAWo7AQAgAiALIAVnaiIMOgADIAIgBSAMdCAKazsBACACIAQgCGotAAA6AAIgAiAHIARBAnRqKAIANgIEIAZBAWohBgwBCwsgASAANgIAIAMhCgwBC0FsIQoLIA5BgAFqJAAgCgtwAQR/IABCADcCACACBEAgAUEKaiEGIAEoAgQhBEEAIQJBACEBA0AgASAEdkUEQCACIAYgAUEDdGotAAAiBSACIAVLGyECIAFBAWohASADIAVBFktqIQMMAQsLIAAgAjYCBCAAIANBCCAEa3Q2AgALC64BAQR/IAEgAigCBCIDIAEoAgRqIgQ2AgQgACADQQJ0QbAZaigCACABKAIAQQAgBGt2cTYCAAJAIARBIU8EQCABQbAaNgIIDAELIAEoAggiAyABKAIQTwRAIAEQDAwBCyADIAEoAgwiBUYNACABIAMgAyAFayAEQQN2IgYgAyAGayAFSRsiA2siBTYCCCABIAQgA0EDdGs2AgQgASAFKAAANgIACyAAIAJBCGo2AgQLjQICA38BfiAAIAJqIQQCQAJAIAJBCE4EQCAAIAFrIgJBeUgNAQsDQCAAIARPDQIgACABLQAAOgAAIABBAWohACABQQFqIQEMAAsACwJAAkAgAkFvSw0AIAAgBEEgayICSw0AIAEpAAAhBiAAIAEpAAg3AAggACAGNwAAIAIgAGsiBUERTgRAIABBEGohACABIQMDQCADKQAQIQYgACADKQAYNwAIIAAgBjcAACADKQAgIQYgACADKQAoNwAYIAAgBjcAECADQSBqIQMgAEEgaiIAIAJJDQALCyABIAVqIQEMAQsgACECCwNAIAIgBE8NASACIAEtAAA6AAAgAkEBaiECIAFBAWohAQwACwALC98BAQZ/Qbp/IQoCQCACKAIEIgggAigCACIJaiINIAEgAGtLDQBBbCEKIAkgBCADKAIAIgtrSw0AIAAgCWoiBCACKAIIIgxrIQIgACABQSBrIgEgCyAJQQAQIyADIAkgC2o2AgACQAJAIAQgBWsgDE8EQCACIQUMAQsgDCAEIAZrSw0CIAcgByACIAVrIgNqIgIgCGpPBEAgCEUNAiAEIAIgCPwKAAAMAgtBACADayIABEAgBCACIAD8CgAACyADIAhqIQggBCADayEECyAEIAEgBSAIQQEQIwsgDSEKCyAKC+sBAQZ/Qbp/IQsCQCADKAIEIgkgAygCACIKaiINIAEgAGtLDQAgBSAEKAIAIgVrIApJBEBBbA8LIAMoAgghDCAAIAVLIAUgCmoiDiAAS3ENACAAIApqIgMgDGshASAAIAUgChAfIAQgDjYCAAJAAkAgAyAGayAMTwRAIAEhBgwBC0FsIQsgDCADIAdrSw0CIAggCCABIAZrIgBqIgEgCWpPBEAgCUUNAiADIAEgCfwKAAAMAgtBACAAayIEBEAgAyABIAT8CgAACyAAIAlqIQkgAyAAayEDCyADIAIgBiAJQQEQIwsgDSELCyALC6sCAQJ/IAJBH3EhAyABIQQDQCADQQhJRQRAIANBCGshAyAEKQAAQs/W077Sx6vZQn5CH4lCh5Wvr5i23puef34gAIVCG4lCh5Wvr5i23puef35CnaO16oOxjYr6AH0hACAEQQhqIQQMAQsLIAEgAkEYcWohASACQQdxIgNBBEkEfyABBSADQQRrIQMgATUAAEKHla+vmLbem55/fiAAhUIXiULP1tO+0ser2UJ+Qvnz3fGZ9pmrFnwhACABQQRqCyEEA0AgAwRAIANBAWshAyAEMQAAQsXP2bLx5brqJ34gAIVCC4lCh5Wvr5i23puef34hACAEQQFqIQQMAQsLIABCIYggAIVCz9bTvtLHq9lCfiIAQh2IIACFQvnz3fGZ9pmrFn4iAEIgiCAAhQvhBAIBfgJ/IAAgA2ohBwJAIANBB0wEQANAIAAgB08NAiAAIAItAAA6AAAgAEEBaiEAIAJBAWohAgwACwALIAQEQAJAIAAgAmsiBkEHTQRAIAAgAi0AADoAACAAIAItAAE6AAEgACACLQACOgACIAAgAi0AAzoAAyAAIAIgBkECdCIGQeAaaigCAGoiAigAADYABCACIAZBgBtqKAIAayECDAELIAAgAikAADcAAAsgA0EIayEDIAJBCGohAiAAQQhqIQALIAEgB08EQCAAIANqIQEgBEUgACACa0EPSnJFBEADQCAAIAIpAAA3AAAgAkEIaiECIABBCGoiACABSQ0ADAMLAAsgAikAACEFIAAgAikACDcACCAAIAU3AAAgA0ERSQ0BIABBEGohAANAIAIpABAhBSAAIAIpABg3AAggACAFNwAAIAIpACAhBSAAIAIpACg3ABggACAFNwAQIAJBIGohAiAAQSBqIgAgAUkNAAsMAQsCQCAAIAFLBEAgACEBDAELIAEgAGshBgJAIARFIAAgAmtBD0pyRQRAIAIhAwNAIAAgAykAADcAACADQQhqIQMgAEEIaiIAIAFJDQALDAELIAIpAAAhBSAAIAIpAAg3AAggACAFNwAAIAZBEUgNACAAQRBqIQAgAiEDA0AgAykAECEFIAAgAykAGDcACCAAIAU3AAAgAykAICEFIAAgAykAKDcAGCAAIAU3ABAgA0EgaiEDIABBIGoiACABSQ0ACwsgAiAGaiECCwNAIAEgB08NASABIAItAAA6AAAgAUEBaiEBIAJBAWohAgwACwALC6HFAQI2fwV+IwBBEGsiMSQAAkBBwOwFEAEiCEUEQEFAIQYMAQsgCEIANwL86gEgCEEANgKc6wEgCEEANgKQ6wEgCEEANgLU6wEgCEEANgLE6wEgCEIANwKk6wEgCEEANgK46QEgCEEANgK87AUgCEIANwK86wEgCEEANgKs6wEgCEIBNwKU6wEgCEIANwPo6wEgCEGBgIDAADYCzOsBIAhCADcC7OoBIAhCADcDsOsBIAhBADYCuOsBIAhBhOsBakEANgIAIAgQFiAIQbjqAWohNCAIQcDpAWohNiAIQZDqAWohNyAAISwCQAJAAkACQANAQQFBBSAIKALs6gEiCxshEwJAA0AgAyATSQ0BAkAgA0EESSALcg0AIAIoAABBcHFB0NS0wgFHDQBBuH8hBiADQQhJDQcgAigABCIHQXdLBEBBciEGDAgLIAMgB0EIaiIESQ0HIAdBgH9LBEAgBCEGDAgLIAMgBGshAyACIARqIQIMAQsLIAhCADcCrOkBIAhCADcD8OkBIAhBjICA4AA2AqhQIAhBADYCoOsBIAhCADcDiOoBIAhBATYClOsBIAhCAzcDgOoBIAhBtOkBakIANwIAIAhB+OkBakIANwMAIAhB9A4pAgA3AqzQASAIQbTQAWpB/A4oAgA2AgAgCCAIQRBqNgIAIAggCEGgMGo2AgQgCCAIQZggajYCCCAIIAhBqNAAajYCDCAIQQFBBSAIKALs6gEbNgK86QECQCABRQ0AICwgCCgCrOkBIgZGDQAgCCAGNgK46QEgCCAsNgKs6QEgCCgCsOkBIQQgCCAsNgKw6QEgCCAsIAQgBmtqNgK06QELQbh/IQYgA0EFQQkgCCgC7OoBIhMbSQ0FIAJBAUEFIBMbIBMQGCIEQYh/Sw0EIAMgBEEDakkNBSA2IAIgBCATEBciBkGIf0sEQCAGIQQMBQsgBg0DAkACQCAIKAKw6wFBAUcNACAIKAKs6wEiC0UNACAIKAKc6wFFDQAgCygCBCEGIDEgCCgC3OkBIgo2AgQgBkEBayIHQsnP2bLx5brqJyAxQQRqQQQQIqdxIRMgCygCACELA0AgCiALIBNBAnRqKAIAIgwEfyAMKAKo1QEFQQALIgZHBEAgByATcUEBaiETIAYNAQsLIAxFDQAgCBAWIAhBfzYCqOsBIAggDDYCnOsBIAggCCgC3OkBIhM2AqDrAQwBCyAIKALc6QEhEwsCQCATRQ0AIAgoAqDrASATRg0AQWAhBAwFCwJAIAgoAuDpAQRAIAggCCgC8OoBIgZFNgL06gEgBg0BIDdBAEHYAPwLACAIQvnq0NDnyaHk4QA3A7DqASAIQs/W077Sx6vZQjcDoOoBIAhC1uuC7ur9ifXgADcDmOoBDAELIAhBADYC9OoBCyAIIAgpA/DpASAErXw3A/DpASAIKAK46wEiEwRAIAggCCgC0OkBIgYgEyAGIBNJGzYC0OkBCyABICxqITUgAyAEayEDIAIgBGohAiAsIRMDQCACIAMgMUEEahAaIiBBiH9LBEAgICEEDAYLIANBA2siOCAgSQ0EIAJBA2oiHSA1IB0gNUkbIDUgEyAdTRshAkFsIQQCQAJAAkACQAJAAkACQAJAIDEoAgQOAwECAA0LIAIgE2shFEEAITMjAEHQAmsiBSQAAkACQCAIKAKU6wEiAgR/IAgoAtDpAQVBgIAICyAgSQ0AAkAgIEECSQ0AIB0tAAAiA0EDcSEaIAIEfyAIKALQ6QEFQYCACAshBgJAAkACQAJAAkACQAJAAkACQAJAIBpBAWsOAwMBAAILIAgoAojqAQ0AQWIhAwwLCyAgQQVJDQhBAyEMIB0oAAAhBAJ/An8CQAJAAkAgA0ECdkEDcSICQQJrDgIBAgALIARBDnZB/wdxIQ0gBEEEdkH/B3EhECACQQBHDAMLIARBEnYhDSAEQQR2Qf//AHEhEEEEDAELIB0tAARBCnQgBEEWdnIhDSAEQQR2Qf//D3EhEEEFCyEMQQELIQRBun8hAyATQQEgEBtFDQogBiAQSQ0IIBBBBkkgBHEEQEFoIQMMCwsgDCANaiIKICBLDQggBiAUIAYgFEkbIgIgEEkNCiAIIBMgFCAQIAJBABAbAkAgCCgCpOsBRSAQQYEGSXINAEEAIQMDQCADQYOAAUsNASADQUBrIQMMAAsACyAaQQNGBEAgDCAdaiEGIAgoAgwiCy0AAUEIdCECIAgoAvzrASEDIARFBEAgAgRAIAVB4AFqIAYgDRAIIg5BiH9LDQkgC0EEaiEZIAMgEGohESALLwECIQkgEEEETwRAIBFBA2shBkEAIAlrQR9xIQcgBSgC6AEhDCAFKALsASEPIAUoAvABIQQgBSgC4AEhDSAFKALkASEOA0AgDkEgSwRAQbAaIQwMCgsCQCAEIAxNBEAgDkEHcSESIA5BA3YhDUEBIQ4MAQsgDCAPRg0KIA4gDkEDdiICIAwgD2sgDCACayAPTyIOGyINQQN0ayESCyAMIA1rIgwoAAAhDSAORSADIAZPcg0IIAMgGSANIBJ0IAd2QQJ0aiICLwEAOwAAIAMgAi0AA2oiAyAZIA0gEiACLQACaiICdCAHdkECdGoiCy8BADsAACADIAstAANqIQMgAiALLQACaiEODAALAAsgBSgC5AEiDkEhTwRAIAVBsBo2AugBDAkLIAUoAugBIgYgBSgC8AFPBEAgBSAOQQdxIgI2AuQBIAUgBiAOQQN2ayIENgLoASAFIAQoAAA2AuABIAIhDgwJCyAGIAUoAuwBIgRGDQggBSAOIAYgBGsgDkEDdiICIAYgAmsgBEkbIgJBA3RrIg42AuQBIAUgBiACayICNgLoASAFIAIoAAA2AuABDAgLIAMgECAGIA0gCxARIQ4MCAsgAgRAIAMgECAGIA0gCxASIQ4MCAsgAyAQIAYgDSALEBQhDgwHCyAIQazVAWohFyAMIB1qISEgCEGo0ABqIQcgCCgC/OsBIRYgBEUEQCAHICEgDSAXEA4iDkGIf0sNByANIA5NDQMgFiAQIA4gIWogDSAOayAHEBEhDgwHCyAQRQRAQbp/IQ4MBwsgDUUEQEFsIQ4MBwsgEEEIdiIDIA0gEEkEfyANQQR0IBBuBUEPC0EEdCIEQYwIaigCAGwgBEGICGooAgBqIgJBBXYgAmogBEGACGooAgAgBEGECGooAgAgA2xqSQRAIwBBEGsiLSQAIAcoAgAhESAXQfAEaiIeQQBB8AD8CwBBVCEDAkAgEUH/AXEiL0EMSw0AIBdB4AdqIgkgHiAtQQhqIC1BDGogISANIBdB4AlqEAciBEGIf00EQCAtKAIMIgsgL0sNASAXQagFaiEZIBdBpAVqITAgB0EEaiEbIBFBgICAeHEhJCALQQFqIjIhAyALIQYDQCADIgJBAWshAyAGIgxBAWshBiAeIAxBAnRqKAIARQ0AC0EBIAIgAkEBTRshDkEAIQZBASEDA0AgAyAORwRAIB4gA0ECdCIPaigCACECIA8gGWogBjYCACADQQFqIQMgAiAGaiEGDAELCyAXIAY2AqgFIBkgDEEBaiIfQQJ0aiAGNgIAIBdB4AVqISZBACEDIC0oAgghBgNAIAMgBkcEQCAZIAMgCWotAABBAnRqIgIgAigCACICQQFqNgIAIAIgJmogAzoAACADQQFqIQMMAQsLQQAhBiAZQQA2AgBBCyAvIBFB/wFxQQxGGyAvIAtBDEkbIikgC0F/c2ohD0EBIQMDQCADIA5HBEAgHiADQQJ0IgtqKAIAIQIgCyAXaiAGNgIAIAIgAyAPanQgBmohBiADQQFqIQMMAQsLICkgMiAMayILa0EBaiEJIAshBgNAIAYgCUkEQCAXIAZBNGxqIQ9BASEDA0AgAyAORwRAIA8gA0ECdCICaiACIBdqKAIAIAZ2NgIAIANBAWohAwwBCwsgBkEBaiEGDAELCyAyIClrIRUgDEEAIAxBAEobQQFqISdBASEuA0AgJyAuRwRAIDIgLmshBiAXIC5BAnQiAmooAgAhJSACIDBqKAIAISogMCAuQQFqIi5BAnRqKAIAIRggCyApIAZrIgNNBEAgHyAGIBVqIgJBASACQQFKIhIbIgIgAiAfSBshHCAXIAZBNGxqIh4gAkECdGohGSAGIDJqIREgBkEQdEGAgIAIaiEOQQEgA3QiCUECayEPA0AgGCAqRg0DIBsgJUECdGohKCAmICpqLQAAISsgAiEDIBIEQCAOICtyrUKBgICAEH4hOiAZKAIAIQZBACEDAkACQAJAAkAgDw4DAQIAAgsgKCA6NwEICyAoIDo3AQAMAQsDQCADIAZODQEgKCADQQJ0aiIMIDo3ARggDCA6NwEQIAwgOjcBCCAMIDo3AQAgA0EIaiEDDAALAAsgAiEDCwNAIAMgHEcEQCARIANrIQwgKCAeIANBAnQiBmooAgBBAnRqICYgBiAwaigCAGogJiAwIANBAWoiA0ECdGooAgBqIAwgKSArQQIQDwwBCwsgKkEBaiEqIAkgJWohJQwACwAFIBsgJUECdGogJiAqaiAYICZqIAYgKUEAQQEQDwwCCwALCyAHIClBEHQgJHIgL3JBgAJyNgIACyAEIQMLIC1BEGokACADIg5BiH9LDQcgAyANTw0DIBYgECADICFqIA0gA2sgBxASIQ4MBwsgByAhIA0gFxAOIg5BiH9LDQYgDSAOTQ0CIBYgECAOICFqIA0gDmsgBxAUIQ4MBgtBAiEQAn8CQAJAAkAgA0ECdkEDcUEBaw4DAQACAAtBASEQIANBA3YMAgsgHS8AAEEEdgwBCyAgQQJGDQhBAyEQIB0vAAAgHS0AAkEQdHJBBHYLIQtBun8hAyATQQEgCxtFDQkgBiALSQ0HIAsgFEsNCSAIIBMgFCALIAYgFCAGIBRJG0EBEBsgICALIBBqIgpBIGpJBEAgCiAgSw0IIBAgHWohBCAIKAL86wEhAwJAIAgoAoTsAUECRgRAIAtBgIAEayICBEAgAyAEIAL8CgAACyAIQYjsAWogAiAEakGAgAT8CgAADAELIAtFDQAgAyAEIAv8CgAACyAIIAs2AojrASAIIAgoAvzrATYC+OoBDAcLIAhBADYChOwBIAggCzYCiOsBIAggECAdaiICNgL46gEgCCACIAtqNgKA7AEMBgsCfwJAAkACQCADQQJ2QQNxQQFrDgMBAAIAC0EBIRAgA0EDdgwCCyAgQQJGDQhBAiEQIB0vAABBBHYMAQsgIEEESQ0HQQMhECAdLwAAIB0tAAJBEHRyQQR2CyELQbp/IQMgE0EBIAsbRQ0IIAYgC0kNBiALIBRLDQggCCATIBQgCyAGIBQgBiAUSRtBARAbIBAgHWoiAy0AACEGIAgoAvzrASEEAkAgCCgChOwBQQJGBEAgC0GAgARrIgIEQCAEIAYgAvwLAAsgCEGI7AFqIAMtAABBgIAE/AsADAELIAtFDQAgBCAGIAv8CwALIAggCzYCiOsBIAggCCgC/OsBNgL46gEgEEEBaiEKDAULQbh/IQ4MAwsgEiEOCyAFIA42AuQBIAUgDDYC6AEgBSANNgLgAQsCQCARIANrQQJJDQAgEUECayELQQAgCWtBH3EhBgNAAkAgDkEhTwRAIAVBsBo2AugBDAELIAUCfyAFKALoASIHIAUoAvABTwRAIAUgByAOQQN2ayIMNgLoAUEBISUgDkEHcQwBCyAHIAUoAuwBIgRGDQEgBSAHIA5BA3YiAiAHIARrIAcgAmsgBE8iJRsiAmsiDDYC6AEgDiACQQN0awsiDjYC5AEgBSAMKAAAIgI2AuABICVFIAMgC0tyDQAgAyAZIAIgDnQgBnZBAnRqIgIvAQA7AAAgBSAFKALkASACLQACaiIONgLkASADIAItAANqIQMMAQsLA0AgAyALSw0BIAMgGSAFKALgASAOdCAGdkECdGoiAi8BADsAACAFIAUoAuQBIAItAAJqIg42AuQBIAMgAi0AA2ohAwwACwALAkAgAyARTw0AIAMgGSAFKALgASAOdEEAIAlrdkECdGoiAi0AADoAACACLQADQQFGBEAgBSgC5AEgAi0AAmohDgwBCyAFKALkASIOQR9LDQBBICAOIAItAAJqIgIgAkEgTxshDgtBbEFsIBAgDkEgRxsgBSgC6AEgBSgC7AFHGyEOCyAIKAKE7AFBAkYEQCAIQYjsAWogCCgCgOwBQYCABGtBgIAE/AoAACAQQYCABGsiAwRAIAgoAvzrASICQeD/A2ogAiAD/AoAAAsgCCAIKAL86wFB4P8DajYC/OsBIAggCCgCgOwBQSBrNgKA7AELIA5BiH9LDQEgCCAQNgKI6wEgCEEBNgKI6gEgCCAIKAL86wE2AvjqASAaQQJGBEAgCCAIQajQAGo2AgwLIAoiA0GIf0sNAwsgCCgClOsBBH8gCCgC0OkBBUGAgAgLIQwgCiAgRg0BICAgCmshCSAIKAK06QEhCyAdICBqIQ0gCCgCpOsBIQYCfwJAAn8gCiAdaiIRLQAAIg7AIgJBAE4EQCARQQFqDAELIAJBf0YEQCAJQQNJDQUgEUEDaiEEIBEvAAFBgP4BaiEODAILIAlBAUYNBCARLQABIA5BCHRyQYCAAmshDiARQQJqCyEEIA4NAEFsIQMgBCANRw0EQQAhDiAJDAELQbh/IQMgBEEBaiIPIA1LDQMgBC0AACIKQQNxDQEgCEEQaiAIIApBBnZBI0EJIA8gDSAPa0HADUHQDkGADyAIKAKM6gEgBiAOIAhBrNUBaiIHEBwiAkGIf0sNASAIQZggaiAIQQhqIApBBHZBA3FBH0EIIAIgD2oiBCANIARrQYAKQYALQZATIAgoAozqASAIKAKk6wEgDiAHEBwiAkGIf0sNAUFsIQMgCEGgMGogCEEEaiAKQQJ2QQNxQTRBCSACIARqIgQgDSAEa0GgC0GADUGgFSAIKAKM6gEgCCgCpOsBIA4gBxAcIgJBiH9LDQMgAiAEaiARawsiA0GIf0sNAgJAIBNBAEcgFEEAR3FFIA5BAEpxDQACQAJAIBMgFCAMIAwgFEsbIgJBACACQQBKG2ogC2siAkH8//8fTQRAIAYgAkGBgIAISXIgDkEJSHINAiAFQeABaiAIKAIIIA4QHQwBCyAFQeABaiAIKAIIIA4QHSAFKALkAUEZSyEzIAYNAQsgBSgC4AFBE0shBgsgCSADayEHIAMgEWohBCAIQQA2AqTrASAIKAKE7AEhAgJAIAYEQAJ/IAJBAUYEQCAIKAL86wEMAQsgEyAUQQAgFEEAShtqCyEUIAUgCCgC+OoBIgM2AswCIAgoAoDsASEcIA5FBEAgEyEJDAILIAgoArjpASEiIAgoArTpASEXIAgoArDpASELIAhBATYCjOoBIAhBrNABaiEyIAVB1AFqISZBACECA0AgAkEDRwRAICYgAkECdCIDaiADIDJqKAIANgIAIAJBAWohAgwBCwtBbCEDIAVBqAFqIgIgBCAHEAhBiH9LDQUgBUG8AWogAiAIKAIAEB4gBUHEAWogAiAIKAIIEB4gBUHMAWogAiAIKAIEEB5BCCAOIA5BCE4bIihBACAoQQBKGyElIA5BAWshGiATIAtrIS0gBSgCsAEhAiAFKALYASEGIAUoAtQBIRIgBSgCrAEhBCAFKAK0ASEjIAUoArgBISkgBSgCyAEhGCAFKALQASErIAUoAsABISQgBSgCqAEhCSAFKALEASEhIAUoAswBISogBSgCvAEhMCAzRSEVQQAhEANAIBIhESAQICVGBEAgBSAqNgLMASAFIDA2ArwBIAUgAjYCsAEgBSAhNgLEASAFIAk2AqgBIAhBmOwBaiEeIAhBiOwFaiEZIAhBiOwBaiEWIBRBIGshGyAzRSEnIBMhCQNAIA4gJUcEQCAFKALAASAFKAK8AUEDdGoiBi0AAiEfIAUoAtABIAUoAswBQQN0aiIELQACIRggBSgCyAEgBSgCxAFBA3RqIgItAAMhKyAELQADISQgBi0AAyEVIAIvAQAhEiAELwEAIREgBi8BACEKIAIoAgQhByAGKAIEIRAgBCgCBCEMAkAgAi0AAiINQQJPBEACQCAnIA1BGUlyRQRAIAcgBSgCqAEiDyAFKAKsASICdEEFIA1rdkEFdGohBwJAIAIgDWpBBWsiAkEhTwRAIAVBsBo2ArABDAELIAUoArABIgYgBSgCuAFPBEAgBSACQQdxIgQ2AqwBIAUgBiACQQN2ayICNgKwASAFIAIoAAAiDzYCqAEgBCECDAELIAYgBSgCtAEiBEYNACAFIAIgBiAEayACQQN2IgIgBiACayAESRsiBEEDdGsiAjYCrAEgBSAGIARrIgQ2ArABIAUgBCgAACIPNgKoAQsgBSACQQVqIgY2AqwBIAcgDyACdEEbdmohDQwBCyAFIAUoAqwBIgIgDWoiBjYCrAEgBSgCqAEgAnRBACANa3YgB2ohDSAGQSFPBEAgBUGwGjYCsAEMAQsgBSgCsAEiByAFKAK4AU8EQCAFIAZBB3EiAjYCrAEgBSAHIAZBA3ZrIgQ2ArABIAUgBCgAADYCqAEgAiEGDAELIAcgBSgCtAEiBEYNACAFIAYgByAEayAGQQN2IgIgByACayAESRsiAkEDdGsiBjYCrAEgBSAHIAJrIgI2ArABIAUgAigAADYCqAELIAUpAtQBITogBSANNgLUASAFIDo3AtgBDAELIBBFIQQgDUUEQCAmIBBBAEdBAnRqKAIAIQIgBSAmIARBAnRqKAIAIg02AtQBIAUgAjYC2AEgBSgCrAEhBgwBCyAFIAUoAqwBIgJBAWoiBjYCrAECQAJAIAQgB2ogBSgCqAEgAnRBH3ZqIgRBA0YEQCAFKALUAUEBayICQX8gAhshDQwBCyAmIARBAnRqKAIAIgJBfyACGyENIARBAUYNAQsgBSAFKALYATYC3AELIAUgBSgC1AE2AtgBIAUgDTYC1AELIBggH2ohBAJAIBhFBEAgBiECDAELIAUgBiAYaiICNgKsASAFKAKoASAGdEEAIBhrdiAMaiEMCwJAIARBFEkNACACQSFPBEAgBUGwGjYCsAEMAQsgBSgCsAEiBiAFKAK4AU8EQCAFIAJBB3EiBDYCrAEgBSAGIAJBA3ZrIgI2ArABIAUgAigAADYCqAEgBCECDAELIAYgBSgCtAEiBEYNACAFIAIgBiAEayACQQN2IgIgBiACayAESRsiBEEDdGsiAjYCrAEgBSAGIARrIgQ2ArABIAUgBCgAADYCqAELAkAgH0UEQCACIQQMAQsgBSACIB9qIgQ2AqwBIAUoAqgBIAJ0QQAgH2t2IBBqIRALAkAgBEEhTwRAQbAaIQIgBUGwGjYCsAEMAQsgBSgCsAEiAiAFKAK4AU8EQCAFIARBB3EiBjYCrAEgBSACIARBA3ZrIgI2ArABIAUgAigAADYCqAEgBiEEDAELIAIgBSgCtAEiB0YNACAFIAIgAiAHayAEQQN2IgYgAiAGayAHSRsiBmsiAjYCsAEgBSAEIAZBA3RrIgQ2AqwBIAUgAigAADYCqAELAkAgGiAlRg0AIAUgFUECdEGwGWooAgAgBSgCqAEiB0EAIAQgFWoiBGt2cSAKajYCvAEgBSAkQQJ0QbAZaigCACAHQQAgBCAkaiIEa3ZxIBFqNgLMAQJAIARBIU8EQEGwGiECIAVBsBo2ArABDAELIAUoArgBIAJNBEAgBSAEQQdxIgY2AqwBIAUgAiAEQQN2ayICNgKwASAFIAIoAAAiBzYCqAEgBiEEDAELIAIgBSgCtAEiCkYNACAFIAIgAiAKayAEQQN2IgYgAiAGayAKSRsiBmsiAjYCsAEgBSAEIAZBA3RrIgQ2AqwBIAUgAigAACIHNgKoAQsgBSAEICtqIgQ2AqwBIAUgK0ECdEGwGWooAgAgB0EAIARrdnEgEmo2AsQBIARBIU8EQCAFQbAaNgKwAQwBCyAFKAK4ASACTQRAIAUgBEEHcTYCrAEgBSACIARBA3ZrIgI2ArABIAUgAigAADYCqAEMAQsgAiAFKAK0ASIGRg0AIAUgBCACIAZrIARBA3YiBCACIARrIAZJGyIEQQN0azYCrAEgBSACIARrIgI2ArABIAUgAigAADYCqAELAkACQCAIKAKE7AFBAkYEQCAFKALMAiIHIAVB4AFqICVBB3FBDGxqIhUoAgAiAmoiCiAIKAKA7AEiBEsEQCAEIAdHBEAgBCAHayIEIBQgCWtLDQsgCSAHIAQQHyAVIAIgBGsiAjYCACAEIAlqIQkLIAUgFjYCzAIgCEEANgKE7AECQAJAAkAgAkGAgARKDQAgCSAVKAIEIhIgAmoiBmogG0sNACAGQSBqIBQgCWtNDQELIAUgFSgCCDYCgAEgBSAVKQIANwN4IAkgFCAFQfgAaiAFQcwCaiAZIAsgFyAiECAhBgwBCyACIBZqIQcgAiAJaiEEIBUoAgghESAWKQAAITogCSAWKQAINwAIIAkgOjcAAAJAIAJBEUkNACAeKQAAITogCSAeKQAINwAYIAkgOjcAECACQRBrQRFIDQAgCUEgaiECIB4hDwNAIA8pABAhOiACIA8pABg3AAggAiA6NwAAIA8pACAhOiACIA8pACg3ABggAiA6NwAQIA9BIGohDyACQSBqIgIgBEkNAAsLIAQgEWshAiAFIAc2AswCIAQgC2sgEUkEQCARIAQgF2tLDQ8gIiAiIAIgC2siCmoiByASak8EQCASRQ0CIAQgByAS/AoAAAwCC0EAIAprIgIEQCAEIAcgAvwKAAALIAogEmohEiAEIAprIQQgCyECCyARQRBPBEAgAikAACE6IAQgAikACDcACCAEIDo3AAAgEkERSA0BIAQgEmohByAEQRBqIQQDQCACKQAQITogBCACKQAYNwAIIAQgOjcAACACKQAgITogBCACKQAoNwAYIAQgOjcAECACQSBqIQIgBEEgaiIEIAdJDQALDAELAkAgEUEHTQRAIAQgAi0AADoAACAEIAItAAE6AAEgBCACLQACOgACIAQgAi0AAzoAAyAEIAIgEUECdCIHQeAaaigCAGoiAigAADYABCACIAdBgBtqKAIAayECDAELIAQgAikAADcAAAsgEkEJSQ0AIAQgEmohCiAEQQhqIgcgAkEIaiICa0EPTARAA0AgByACKQAANwAAIAJBCGohAiAHQQhqIgcgCkkNAAwCCwALIAIpAAAhOiAHIAIpAAg3AAggByA6NwAAIBJBGUgNACAEQRhqIQQDQCACKQAQITogBCACKQAYNwAIIAQgOjcAACACKQAgITogBCACKQAoNwAYIAQgOjcAECACQSBqIQIgBEEgaiIEIApJDQALCyAGQYh/SwRAIAYhAwwOCyAVIA02AgggFSAMNgIEIBUgEDYCACAZIRwMAwsgCkEgayEEAkACQCAKIBxLDQAgCSAVKAIEIhEgAmoiBmogBEsNACAGQSBqIBQgCWtNDQELIAUgFSgCCDYCkAEgBSAVKQIANwOIASAJIBQgBCAFQYgBaiAFQcwCaiAcIAsgFyAiECEhBgwCCyACIAlqIQQgFSgCCCEPIAcpAAAhOiAJIAcpAAg3AAggCSA6NwAAAkAgAkERSQ0AIAcpABAhOiAJIAcpABg3ABggCSA6NwAQIAJBEGtBEUgNACAHQRBqIQIgCUEgaiEHA0AgAikAECE6IAcgAikAGDcACCAHIDo3AAAgAikAICE6IAcgAikAKDcAGCAHIDo3ABAgAkEgaiECIAdBIGoiByAESQ0ACwsgBCAPayECIAUgCjYCzAIgBCALayAPSQRAIA8gBCAXa0sNDSAiICIgAiALayIKaiIHIBFqTwRAIBFFDQMgBCAHIBH8CgAADAMLQQAgCmsiAgRAIAQgByAC/AoAAAsgCiARaiERIAQgCmshBCALIQILIA9BEE8EQCACKQAAITogBCACKQAINwAIIAQgOjcAACARQRFIDQIgBCARaiEHIARBEGohBANAIAIpABAhOiAEIAIpABg3AAggBCA6NwAAIAIpACAhOiAEIAIpACg3ABggBCA6NwAQIAJBIGohAiAEQSBqIgQgB0kNAAsMAgsCQCAPQQdNBEAgBCACLQAAOgAAIAQgAi0AAToAASAEIAItAAI6AAIgBCACLQADOgADIAQgAiAPQQJ0IgdB4BpqKAIAaiICKAAANgAEIAIgB0GAG2ooAgBrIQIMAQsgBCACKQAANwAACyARQQlJDQEgBCARaiEKIARBCGoiByACQQhqIgJrQQ9MBEADQCAHIAIpAAA3AAAgAkEIaiECIAdBCGoiByAKSQ0ADAMLAAsgAikAACE6IAcgAikACDcACCAHIDo3AAAgEUEZSA0BIARBGGohBANAIAIpABAhOiAEIAIpABg3AAggBCA6NwAAIAIpACAhOiAEIAIpACg3ABggBCA6NwAQIAJBIGohAiAEQSBqIgQgCkkNAAsMAQsCQAJAIAUoAswCIhEgBUHgAWogJUEHcUEMbGoiDygCACICaiIHIBxLDQAgCSAPKAIEIgogAmoiBmogG0sNACAGQSBqIBQgCWtNDQELIAUgDygCCDYCoAEgBSAPKQIANwOYASAJIBQgBUGYAWogBUHMAmogHCALIBcgIhAgIQYMAQsgAiAJaiEEIA8oAgghFSARKQAAITogCSARKQAINwAIIAkgOjcAAAJAIAJBEUkNACARKQAQITogCSARKQAYNwAYIAkgOjcAECACQRBrQRFIDQAgEUEQaiECIAlBIGohEgNAIAIpABAhOiASIAIpABg3AAggEiA6NwAAIAIpACAhOiASIAIpACg3ABggEiA6NwAQIAJBIGohAiASQSBqIhIgBEkNAAsLIAQgFWshAiAFIAc2AswCIAQgC2sgFUkEQCAVIAQgF2tLDQwgIiAiIAIgC2siD2oiByAKak8EQCAKRQ0CIAQgByAK/AoAAAwCC0EAIA9rIgIEQCAEIAcgAvwKAAALIAogD2ohCiAEIA9rIQQgCyECCyAVQRBPBEAgAikAACE6IAQgAikACDcACCAEIDo3AAAgCkERSA0BIAQgCmohByAEQRBqIQQDQCACKQAQITogBCACKQAYNwAIIAQgOjcAACACKQAgITogBCACKQAoNwAYIAQgOjcAECACQSBqIQIgBEEgaiIEIAdJDQALDAELAkAgFUEHTQRAIAQgAi0AADoAACAEIAItAAE6AAEgBCACLQACOgACIAQgAi0AAzoAAyAEIAIgFUECdCIHQeAaaigCAGoiAigAADYABCACIAdBgBtqKAIAayECDAELIAQgAikAADcAAAsgCkEJSQ0AIAQgCmohDyAEQQhqIgcgAkEIaiICa0EPTARAA0AgByACKQAANwAAIAJBCGohAiAHQQhqIgcgD0kNAAwCCwALIAIpAAAhOiAHIAIpAAg3AAggByA6NwAAIApBGUgNACAEQRhqIQQDQCACKQAQITogBCACKQAYNwAIIAQgOjcAACACKQAgITogBCACKQAoNwAYIAQgOjcAECACQSBqIQIgBEEgaiIEIA9JDQALCyAGQYh/SwRAIAYhAwwLCyAFQeABaiAlQQdxQQxsaiICIA02AgggAiAMNgIEIAIgEDYCAAsgBiAJaiEJICVBAWohJSAQIC1qIAxqIS0MAQsLIAUoArABIAUoArQBRw0HIAUoAqwBQSBHDQcgDiAoayEQA0ACQCAOIBBMBEBBACECA0AgAkEDRg0CIDIgAkECdCIDaiADICZqKAIANgIAIAJBAWohAgwACwALIAVB4AFqIBBBB3FBDGxqIQoCfwJAIAgoAoTsAUECRgRAIAUoAswCIg8gCigCACIEaiIHIAgoAoDsASICSwRAIAIgD0cEQCACIA9rIgIgFCAJa0sNCyAJIA8gAhAfIAogBCACayIENgIAIAIgCWohCQsgBSAWNgLMAiAIQQA2AoTsAQJAAkACQCAEQYCABEoNACAJIAooAgQiDSAEaiIGaiAbSw0AIAZBIGogFCAJa00NAQsgBSAKKAIINgJQIAUgCikCADcDSCAJIBQgBUHIAGogBUHMAmogGSALIBcgIhAgIQYMAQsgBCAWaiEHIAQgCWohDCAKKAIIIQogFikAACE6IAkgFikACDcACCAJIDo3AAACQCAEQRFJDQAgHikAACE6IAkgHikACDcAGCAJIDo3ABAgBEEQa0ERSA0AIAlBIGohAiAeIQQDQCAEKQAQITogAiAEKQAYNwAIIAIgOjcAACAEKQAgITogAiAEKQAoNwAYIAIgOjcAECAEQSBqIQQgAkEgaiICIAxJDQALCyAMIAprIQIgBSAHNgLMAiAMIAtrIApJBEAgCiAMIBdrSw0PICIgIiACIAtrIgdqIgQgDWpPBEAgDUUNAiAMIAQgDfwKAAAMAgtBACAHayICBEAgDCAEIAL8CgAACyAHIA1qIQ0gDCAHayEMIAshAgsgCkEQTwRAIAIpAAAhOiAMIAIpAAg3AAggDCA6NwAAIA1BEUgNASAMIA1qIQcgDEEQaiEEA0AgAikAECE6IAQgAikAGDcACCAEIDo3AAAgAikAICE6IAQgAikAKDcAGCAEIDo3ABAgAkEgaiECIARBIGoiBCAHSQ0ACwwBCwJAIApBB00EQCAMIAItAAA6AAAgDCACLQABOgABIAwgAi0AAjoAAiAMIAItAAM6AAMgDCACIApBAnQiBEHgGmooAgBqIgIoAAA2AAQgAiAEQYAbaigCAGshAgwBCyAMIAIpAAA3AAALIA1BCUkNACAMIA1qIQcgDEEIaiIEIAJBCGoiAmtBD0wEQANAIAQgAikAADcAACACQQhqIQIgBEEIaiIEIAdJDQAMAgsACyACKQAAITogBCACKQAINwAIIAQgOjcAACANQRlIDQAgDEEYaiEEA0AgAikAECE6IAQgAikAGDcACCAEIDo3AAAgAikAICE6IAQgAikAKDcAGCAEIDo3ABAgAkEgaiECIARBIGoiBCAHSQ0ACwsgBkGJf08EQCAGIQMMDgsgGSEcIAYgCWoMAwsgB0EgayECAkACQCAHIBxLDQAgCSAKKAIEIhIgBGoiDGogAksNACAMQSBqIBQgCWtNDQELIAUgCigCCDYCYCAFIAopAgA3A1ggCSAUIAIgBUHYAGogBUHMAmogHCALIBcgIhAhIQwMAgsgBCAJaiEGIAooAgghCiAPKQAAITogCSAPKQAINwAIIAkgOjcAAAJAIARBEUkNACAPKQAQITogCSAPKQAYNwAYIAkgOjcAECAEQRBrQRFIDQAgD0EQaiECIAlBIGohBANAIAIpABAhOiAEIAIpABg3AAggBCA6NwAAIAIpACAhOiAEIAIpACg3ABggBCA6NwAQIAJBIGohAiAEQSBqIgQgBkkNAAsLIAYgCmshAiAFIAc2AswCIAYgC2sgCkkEQCAKIAYgF2tLDQ0gIiAiIAIgC2siB2oiBCASak8EQCASRQ0DIAYgBCAS/AoAAAwDC0EAIAdrIgIEQCAGIAQgAvwKAAALIAcgEmohEiAGIAdrIQYgCyECCyAKQRBPBEAgAikAACE6IAYgAikACDcACCAGIDo3AAAgEkERSA0CIAYgEmohByAGQRBqIQQDQCACKQAQITogBCACKQAYNwAIIAQgOjcAACACKQAgITogBCACKQAoNwAYIAQgOjcAECACQSBqIQIgBEEgaiIEIAdJDQALDAILAkAgCkEHTQRAIAYgAi0AADoAACAGIAItAAE6AAEgBiACLQACOgACIAYgAi0AAzoAAyAGIAIgCkECdCIEQeAaaigCAGoiAigAADYABCACIARBgBtqKAIAayECDAELIAYgAikAADcAAAsgEkEJSQ0BIAYgEmohByAGQQhqIgQgAkEIaiICa0EPTARAA0AgBCACKQAANwAAIAJBCGohAiAEQQhqIgQgB0kNAAwDCwALIAIpAAAhOiAEIAIpAAg3AAggBCA6NwAAIBJBGUgNASAGQRhqIQQDQCACKQAQITogBCACKQAYNwAIIAQgOjcAACACKQAgITogBCACKQAoNwAYIAQgOjcAECACQSBqIQIgBEEgaiIEIAdJDQALDAELAkACQCAFKALMAiIGIAooAgAiAmoiByAcSw0AIAkgCigCBCINIAJqIgxqIBtLDQAgDEEgaiAUIAlrTQ0BCyAFIAooAgg2AnAgBSAKKQIANwNoIAkgFCAFQegAaiAFQcwCaiAcIAsgFyAiECAhDAwBCyACIAlqIQQgCigCCCEKIAYpAAAhOiAJIAYpAAg3AAggCSA6NwAAAkAgAkERSQ0AIAYpABAhOiAJIAYpABg3ABggCSA6NwAQIAJBEGtBEUgNACAGQRBqIQIgCUEgaiEGA0AgAikAECE6IAYgAikAGDcACCAGIDo3AAAgAikAICE6IAYgAikAKDcAGCAGIDo3ABAgAkEgaiECIAZBIGoiBiAESQ0ACwsgBCAKayECIAUgBzYCzAIgBCALayAKSQRAIAogBCAXa0sNDCAiICIgAiALayIHaiIGIA1qTwRAIA1FDQIgBCAGIA38CgAADAILQQAgB2siAgRAIAQgBiAC/AoAAAsgByANaiENIAQgB2shBCALIQILIApBEE8EQCACKQAAITogBCACKQAINwAIIAQgOjcAACANQRFIDQEgBCANaiEGIARBEGohBANAIAIpABAhOiAEIAIpABg3AAggBCA6NwAAIAIpACAhOiAEIAIpACg3ABggBCA6NwAQIAJBIGohAiAEQSBqIgQgBkkNAAsMAQsCQCAKQQdNBEAgBCACLQAAOgAAIAQgAi0AAToAASAEIAItAAI6AAIgBCACLQADOgADIAQgAiAKQQJ0IgZB4BpqKAIAaiICKAAANgAEIAIgBkGAG2ooAgBrIQIMAQsgBCACKQAANwAACyANQQlJDQAgBCANaiEGIARBCGoiByACQQhqIgJrQQ9MBEADQCAHIAIpAAA3AAAgAkEIaiECIAdBCGoiByAGSQ0ADAILAAsgAikAACE6IAcgAikACDcACCAHIDo3AAAgDUEZSA0AIARBGGohBANAIAIpABAhOiAEIAIpABg3AAggBCA6NwAAIAIpACAhOiAEIAIpACg3ABggBCA6NwAQIAJBIGohAiAEQSBqIgQgBkkNAAsLIAxBiH9LBEAgDCEDDAsLIAkgDGoLIQkgEEEBaiEQDAELCyAIKAKE7AEhAiAFKALMAiEDDAMFICQgMEEDdGoiBy0AAiEuICsgKkEDdGoiCi0AAiEvIBggIUEDdGoiDC0AAyEWIAotAAMhGyAHLQADIR8gDC8BACEnIAovAQAhHiAHLwEAIRkgDCgCBCENIAcoAgQhByAKKAIEIQoCQAJAIAwtAAIiEkECTwRAIAkgBHQhDCAVIBJBGUlyRQRAIAxBBSASa3ZBBXQgDWohDQJAIAQgEmpBBWsiBEEgSwRAQbAaIQIMAQsgAiApTwRAIAUgBEEHcSIMNgKsASACIARBA3ZrIgIoAAAhCSAMIQQMAQsgAiAjRg0AIAUgBCACICNrIARBA3YiBCACIARrICNJGyIMQQN0ayIENgKsASACIAxrIgIoAAAhCQsgBSAEQQVqIg82AqwBIA0gCSAEdEEbdmohEgwCCyAFIAQgEmoiDzYCrAEgDEEAIBJrdiANaiESIA9BIEsEQEGwGiECDAILIAIgKU8EQCAFIA9BB3EiBDYCrAEgAiAPQQN2ayICKAAAIQkgBCEPDAILIAIgI0YNASAFIA8gAiAjayAPQQN2IgQgAiAEayAjSRsiBEEDdGsiDzYCrAEgAiAEayICKAAAIQkMAQsgB0UhDCASRQRAICYgDEECdGooAgAhEiAmIAdBAEdBAnRqKAIAIREgBCEPDAILIAUgBEEBaiIPNgKsASANIAkgBHRBH3ZqIAxqIgxBA0YEQCARQQFrIgRBfyAEGyESDAELICYgDEECdGooAgAiBEF/IAQbIRIgDEEBRg0BCyAFIAY2AtwBCyAuIC9qIQQgBSASNgLUASAFIBE2AtgBAkAgL0UEQCAPIQwMAQsgBSAPIC9qIgw2AqwBIAkgD3RBACAva3YgCmohCgsCQCAEQRRJDQAgDEEgSwRAQbAaIQIMAQsgAiApTwRAIAUgDEEHcSIENgKsASACIAxBA3ZrIgIoAAAhCSAEIQwMAQsgAiAjRg0AIAUgDCACICNrIAxBA3YiBCACIARrICNJGyIEQQN0ayIMNgKsASACIARrIgIoAAAhCQsCQCAuRQRAIAwhBAwBCyAFIAwgLmoiBDYCrAEgCSAMdEEAIC5rdiAHaiEHCwJAIARBIEsEQEGwGiECDAELIAIgKU8EQCAFIARBB3EiBjYCrAEgAiAEQQN2ayICKAAAIQkgBiEEDAELIAIgI0YNACAFIAQgAiAjayAEQQN2IgQgAiAEayAjSRsiBkEDdGsiBDYCrAEgAiAGayICKAAAIQkLAkAgECAaRg0AIB9BAnRBsBlqKAIAIAlBACAEIB9qIgRrdnEhDyAbQQJ0QbAZaigCACAJQQAgBCAbaiIEa3ZxIQYCQAJ/AkACQCAEQSBLBEBBsBohAgwBCyACIClPBEAgBSAEQQdxIgw2AqwBIAIgBEEDdmsMAwsgAiAjRw0BCyAEIQwMAgsgBSAEIAIgI2sgBEEDdiIEIAIgBGsgI0kbIgRBA3RrIgw2AqwBIAIgBGsLIgIoAAAhCQsgDyAZaiEwIAYgHmohKiAFIAwgFmoiBjYCrAEgFkECdEGwGWooAgAgCUEAIAZrdnEgJ2ohIQJ/AkACQCAGQSBLBEBBsBohAgwBCyACIClPBEAgBSAGQQdxIgQ2AqwBIAIgBkEDdmsMAwsgAiAjRw0BCyAGIQQMAgsgBSAGIAIgI2sgBkEDdiIEIAIgBGsgI0kbIgZBA3RrIgQ2AqwBIAIgBmsLIgIoAAAhCQsgBUHgAWogEEEMbGoiBiASNgIIIAYgCjYCBCAGIAc2AgAgEEEBaiEQIAcgLWogCmohLSARIQYMAQsACwALAn8CQAJAAkAgAg4DAQIAAgsgBSAIKAL46gEiAzYCzAJBACECIBMgFEEAIBRBAEobaiEaIAgoAoDsASERAn8CQCAORQRAIBMhBwwBCyAIKAK46QEhFiAIKAK06QEhHyAIKAKw6QEhCyAIQQE2AozqASAIQazQAWohKyAFQYwCaiEbA0AgAkEDRwRAIBsgAkECdCIDaiADICtqKAIANgIAIAJBAWohAgwBCwsgBUHgAWoiAiAEIAcQCEGIf0sNByAFQfQBaiACIAgoAgAQHiAFQfwBaiACIAgoAggQHiAFQYQCaiACIAgoAgQQHiAzRSEeIBMhBwJAA0AgDkUNASAFKAL4ASAFKAL0AUEDdGoiBC0AAiEkIAUoAogCIAUoAoQCQQN0aiIDLQACIRUgBSgCgAIgBSgC/AFBA3RqIgItAAMhJyADLQADIRIgBC0AAyEcIAIvAQAhGSADLwEAIQ8gBC8BACEMIAIoAgQhBiAEKAIEIQQgAygCBCEJAkAgAi0AAiINQQJPBEACQCAeIA1BGUlyRQRAIAUoAuABIiEgBSgC5AEiAnRBBSANa3ZBBXQgBmohBgJAIAIgDWpBBWsiAkEhTwRAIAVBsBo2AugBDAELIAUoAugBIgogBSgC8AFPBEAgBSACQQdxIgM2AuQBIAUgCiACQQN2ayICNgLoASAFIAIoAAAiITYC4AEgAyECDAELIAogBSgC7AEiA0YNACAFIAIgCiADayACQQN2IgIgCiACayADSRsiA0EDdGsiAjYC5AEgBSAKIANrIgM2AugBIAUgAygAACIhNgLgAQsgBSACQQVqIgo2AuQBIAYgISACdEEbdmohDQwBCyAFIAUoAuQBIgIgDWoiCjYC5AEgBSgC4AEgAnRBACANa3YgBmohDSAKQSFPBEAgBUGwGjYC6AEMAQsgBSgC6AEiBiAFKALwAU8EQCAFIApBB3EiAjYC5AEgBSAGIApBA3ZrIgM2AugBIAUgAygAADYC4AEgAiEKDAELIAYgBSgC7AEiA0YNACAFIAogBiADayAKQQN2IgIgBiACayADSRsiAkEDdGsiCjYC5AEgBSAGIAJrIgI2AugBIAUgAigAADYC4AELIAUpAowCITogBSANNgKMAiAFIDo3ApACDAELIARFIQMgDUUEQCAbIARBAEdBAnRqKAIAIQIgBSAbIANBAnRqKAIAIg02AowCIAUgAjYCkAIgBSgC5AEhCgwBCyAFIAUoAuQBIgJBAWoiCjYC5AECQAJAIAMgBmogBSgC4AEgAnRBH3ZqIgNBA0YEQCAFKAKMAkEBayICQX8gAhshDQwBCyAbIANBAnRqKAIAIgJBfyACGyENIANBAUYNAQsgBSAFKAKQAjYClAILIAUgBSgCjAI2ApACIAUgDTYCjAILIBUgJGohAwJAIBVFBEAgCiECDAELIAUgCiAVaiICNgLkASAFKALgASAKdEEAIBVrdiAJaiEJCwJAIANBFEkNACACQSFPBEAgBUGwGjYC6AEMAQsgBSgC6AEiBiAFKALwAU8EQCAFIAJBB3EiAzYC5AEgBSAGIAJBA3ZrIgI2AugBIAUgAigAADYC4AEgAyECDAELIAYgBSgC7AEiA0YNACAFIAIgBiADayACQQN2IgIgBiACayADSRsiA0EDdGsiAjYC5AEgBSAGIANrIgM2AugBIAUgAygAADYC4AELAkAgJEUEQCACIQMMAQsgBSACICRqIgM2AuQBIAUoAuABIAJ0QQAgJGt2IARqIQQLAkAgA0EhTwRAQbAaIQIgBUGwGjYC6AEMAQsgBSgC6AEiAiAFKALwAU8EQCAFIANBB3EiBjYC5AEgBSACIANBA3ZrIgI2AugBIAUgAigAADYC4AEgBiEDDAELIAIgBSgC7AEiCkYNACAFIAIgAiAKayADQQN2IgYgAiAGayAKSRsiBmsiAjYC6AEgBSADIAZBA3RrIgM2AuQBIAUgAigAADYC4AELAkAgDkEBRg0AIAUgHEECdEGwGWooAgAgBSgC4AEiBkEAIAMgHGoiA2t2cSAMajYC9AEgBSASQQJ0QbAZaigCACAGQQAgAyASaiIDa3ZxIA9qNgKEAgJAIANBIU8EQEGwGiECIAVBsBo2AugBDAELIAUoAvABIAJNBEAgBSADQQdxIgo2AuQBIAUgAiADQQN2ayICNgLoASAFIAIoAAAiBjYC4AEgCiEDDAELIAIgBSgC7AEiCkYNACAFIAIgAiAKayADQQN2IgYgAiAGayAKSRsiBmsiAjYC6AEgBSADIAZBA3RrIgM2AuQBIAUgAigAACIGNgLgAQsgBSADICdqIgM2AuQBIAUgJ0ECdEGwGWooAgAgBkEAIANrdnEgGWo2AvwBIANBIU8EQCAFQbAaNgLoAQwBCyAFKALwASACTQRAIAUgA0EHcTYC5AEgBSACIANBA3ZrIgI2AugBIAUgAigAADYC4AEMAQsgAiAFKALsASIGRg0AIAUgAyACIAZrIANBA3YiAyACIANrIAZJGyIDQQN0azYC5AEgBSACIANrIgI2AugBIAUgAigAADYC4AELIAUoAswCIgwgBGoiCiAIKAKA7AEiAk0EQCAKQSBrIQIgBSAENgKoASAFIAk2AqwBIAUgDTYCsAECQAJAAkAgCiARSw0AIAcgBCAJaiIDaiACSw0AIANBIGogGiAHa00NAQsgBUFAayAFKAKwATYCACAFIAUpA6gBNwM4IAcgGiACIAVBOGogBUHMAmogESALIB8gFhAhIQMMAQsgBCAHaiEGIAwpAAAhOiAHIAwpAAg3AAggByA6NwAAAkAgBEERSQ0AIAwpABAhOiAHIAwpABg3ABggByA6NwAQIARBEGtBEUgNACAMQRBqIQIgB0EgaiEEA0AgAikAECE6IAQgAikAGDcACCAEIDo3AAAgAikAICE6IAQgAikAKDcAGCAEIDo3ABAgAkEgaiECIARBIGoiBCAGSQ0ACwsgBiANayECIAUgCjYCzAIgBiALayANSQRAIA0gBiAfa0sNDCAWIBYgAiALayIKaiIEIAlqTwRAIAlFDQIgBiAEIAn8CgAADAILQQAgCmsiAgRAIAYgBCAC/AoAAAsgBSAJIApqIgk2AqwBIAYgCmshBiALIQILIA1BEE8EQCACKQAAITogBiACKQAINwAIIAYgOjcAACAJQRFIDQEgBiAJaiEKIAZBEGohBANAIAIpABAhOiAEIAIpABg3AAggBCA6NwAAIAIpACAhOiAEIAIpACg3ABggBCA6NwAQIAJBIGohAiAEQSBqIgQgCkkNAAsMAQsCQCANQQdNBEAgBiACLQAAOgAAIAYgAi0AAToAASAGIAItAAI6AAIgBiACLQADOgADIAYgAiANQQJ0IgRB4BpqKAIAaiICKAAANgAEIAIgBEGAG2ooAgBrIQIMAQsgBiACKQAANwAACyAJQQlJDQAgBiAJaiEKIAZBCGoiBCACQQhqIgJrQQ9MBEADQCAEIAIpAAA3AAAgAkEIaiECIARBCGoiBCAKSQ0ADAILAAsgAikAACE6IAQgAikACDcACCAEIDo3AAAgCUEZSA0AIAZBGGohBANAIAIpABAhOiAEIAIpABg3AAggBCA6NwAAIAIpACAhOiAEIAIpACg3ABggBCA6NwAQIAJBIGohAiAEQSBqIgQgCkkNAAsLIANBiH9LDQwgDkEBayEOIAMgB2ohBwwBCwsgDkEATA0IIAIgDEcEQEG6fyEDIAIgDGsiAiAaIAdrSw0LIAcgDCACEB8gAiAHaiEHIAQgAmshBAsgBSAIQYjsAWoiAjYCzAIgCEEANgKE7AEgCEGI7AVqIREgBSAENgKoASAFIAk2AqwBIAUgDTYCsAECQAJAAkAgBEGAgARKDQAgByAEIAlqIgNqIBpBIGtLDQAgA0EgaiAaIAdrTQ0BCyAFIAUoArABNgIwIAUgBSkDqAE3AyggByAaIAVBKGogBUHMAmogESALIB8gFhAgIQMMAQsgAiAEaiEKIAQgB2ohBiACKQAAITogByACKQAINwAIIAcgOjcAAAJAIARBEUkNACAIKQCY7AEhOiAHIAhBoOwBaikAADcAGCAHIDo3ABAgBEEQa0ERSA0AIAhBmOwBaiECIAdBIGohBANAIAIpABAhOiAEIAIpABg3AAggBCA6NwAAIAIpACAhOiAEIAIpACg3ABggBCA6NwAQIAJBIGohAiAEQSBqIgQgBkkNAAsLIAYgDWshAiAFIAo2AswCIAYgC2sgDUkEQCANIAYgH2tLDQogFiAWIAIgC2siCmoiBCAJak8EQCAJRQ0CIAYgBCAJ/AoAAAwCC0EAIAprIgIEQCAGIAQgAvwKAAALIAUgCSAKaiIJNgKsASAGIAprIQYgCyECCyANQRBPBEAgAikAACE6IAYgAikACDcACCAGIDo3AAAgCUERSA0BIAYgCWohCiAGQRBqIQQDQCACKQAQITogBCACKQAYNwAIIAQgOjcAACACKQAgITogBCACKQAoNwAYIAQgOjcAECACQSBqIQIgBEEgaiIEIApJDQALDAELAkAgDUEHTQRAIAYgAi0AADoAACAGIAItAAE6AAEgBiACLQACOgACIAYgAi0AAzoAAyAGIAIgDUECdCIEQeAaaigCAGoiAigAADYABCACIARBgBtqKAIAayECDAELIAYgAikAADcAAAsgCUEJSQ0AIAYgCWohCiAGQQhqIgQgAkEIaiICa0EPTARAA0AgBCACKQAANwAAIAJBCGohAiAEQQhqIgQgCkkNAAwCCwALIAIpAAAhOiAEIAIpAAg3AAggBCA6NwAAIAlBGUgNACAGQRhqIQQDQCACKQAQITogBCACKQAYNwAIIAQgOjcAACACKQAgITogBCACKQAoNwAYIAQgOjcAECACQSBqIQIgBEEgaiIEIApJDQALCyADQYh/Sw0KIAMgB2ohByAOQQFrIgpFDQAgGkEgayESIDNFIRwDQCAFKAL4ASAFKAL0AUEDdGoiBC0AAiEJIAUoAogCIAUoAoQCQQN0aiIDLQACIQwgBSgCgAIgBSgC/AFBA3RqIgItAAMhJCADLQADIRUgBC0AAyEnIAIvAQAhHiADLwEAIRkgBC8BACEPIAIoAgQhBiAEKAIEIQQgAygCBCEOAkAgAi0AAiIYQQJPBEACQCAcIBhBGUlyRQRAIAUoAuABIiogBSgC5AEiAnRBBSAYa3ZBBXQgBmohBgJAIAIgGGpBBWsiAkEhTwRAIAVBsBo2AugBDAELIAUoAugBIg0gBSgC8AFPBEAgBSACQQdxIgM2AuQBIAUgDSACQQN2ayICNgLoASAFIAIoAAAiKjYC4AEgAyECDAELIA0gBSgC7AEiA0YNACAFIAIgDSADayACQQN2IgIgDSACayADSRsiA0EDdGsiAjYC5AEgBSANIANrIgM2AugBIAUgAygAACIqNgLgAQsgBSACQQVqIg02AuQBIAYgKiACdEEbdmohBgwBCyAFIAUoAuQBIgIgGGoiDTYC5AEgBSgC4AEgAnRBACAYa3YgBmohBiANQSFPBEAgBUGwGjYC6AEMAQsgBSgC6AEiGCAFKALwAU8EQCAFIA1BB3EiAjYC5AEgBSAYIA1BA3ZrIgM2AugBIAUgAygAADYC4AEgAiENDAELIBggBSgC7AEiA0YNACAFIA0gGCADayANQQN2IgIgGCACayADSRsiAkEDdGsiDTYC5AEgBSAYIAJrIgI2AugBIAUgAigAADYC4AELIAUpAowCITogBSAGNgKMAiAFIDo3ApACDAELIARFIQMgGEUEQCAbIARBAEdBAnRqKAIAIQIgBSAbIANBAnRqKAIAIgY2AowCIAUgAjYCkAIgBSgC5AEhDQwBCyAFIAUoAuQBIgJBAWoiDTYC5AECQAJAIAMgBmogBSgC4AEgAnRBH3ZqIgNBA0YEQCAFKAKMAkEBayICQX8gAhshBgwBCyAbIANBAnRqKAIAIgJBfyACGyEGIANBAUYNAQsgBSAFKAKQAjYClAILIAUgBSgCjAI2ApACIAUgBjYCjAILIAkgDGohAwJAIAxFBEAgDSECDAELIAUgDCANaiICNgLkASAFKALgASANdEEAIAxrdiAOaiEOCwJAIANBFEkNACACQSFPBEAgBUGwGjYC6AEMAQsgBSgC6AEiDCAFKALwAU8EQCAFIAJBB3EiAzYC5AEgBSAMIAJBA3ZrIgI2AugBIAUgAigAADYC4AEgAyECDAELIAwgBSgC7AEiA0YNACAFIAIgDCADayACQQN2IgIgDCACayADSRsiA0EDdGsiAjYC5AEgBSAMIANrIgM2AugBIAUgAygAADYC4AELAkAgCUUEQCACIQMMAQsgBSACIAlqIgM2AuQBIAUoAuABIAJ0QQAgCWt2IARqIQQLAkAgA0EhTwRAQbAaIQIgBUGwGjYC6AEMAQsgBSgC6AEiAiAFKALwAU8EQCAFIANBB3EiDDYC5AEgBSACIANBA3ZrIgI2AugBIAUgAigAADYC4AEgDCEDDAELIAIgBSgC7AEiCUYNACAFIAIgAiAJayADQQN2IgwgAiAMayAJSRsiDGsiAjYC6AEgBSADIAxBA3RrIgM2AuQBIAUgAigAADYC4AELAkAgCkEBRg0AIAUgJ0ECdEGwGWooAgAgBSgC4AEiCUEAIAMgJ2oiA2t2cSAPajYC9AEgBSAVQQJ0QbAZaigCACAJQQAgAyAVaiIDa3ZxIBlqNgKEAgJAIANBIU8EQEGwGiECIAVBsBo2AugBDAELIAUoAvABIAJNBEAgBSADQQdxIgw2AuQBIAUgAiADQQN2ayICNgLoASAFIAIoAAAiCTYC4AEgDCEDDAELIAIgBSgC7AEiD0YNACAFIAIgAiAPayADQQN2IgwgAiAMayAPSRsiDGsiAjYC6AEgBSADIAxBA3RrIgM2AuQBIAUgAigAACIJNgLgAQsgBSADICRqIgM2AuQBIAUgJEECdEGwGWooAgAgCUEAIANrdnEgHmo2AvwBIANBIU8EQCAFQbAaNgLoAQwBCyAFKALwASACTQRAIAUgA0EHcTYC5AEgBSACIANBA3ZrIgI2AugBIAUgAigAADYC4AEMAQsgAiAFKALsASIMRg0AIAUgAyACIAxrIANBA3YiAyACIANrIAxJGyIDQQN0azYC5AEgBSACIANrIgI2AugBIAUgAigAADYC4AELIAUgBDYCqAEgBSAONgKsASAFIAY2ArABAkACQAJAIAUoAswCIgIgBGoiDCARSw0AIAcgBCAOaiIDaiASSw0AIANBIGogGiAHa00NAQsgBSAFKAKwATYCICAFIAUpA6gBNwMYIAcgGiAFQRhqIAVBzAJqIBEgCyAfIBYQICEDDAELIAQgB2ohCSACKQAAITogByACKQAINwAIIAcgOjcAAAJAIARBEUkNACACKQAQITogByACKQAYNwAYIAcgOjcAECAEQRBrQRFIDQAgAkEQaiECIAdBIGohBANAIAIpABAhOiAEIAIpABg3AAggBCA6NwAAIAIpACAhOiAEIAIpACg3ABggBCA6NwAQIAJBIGohAiAEQSBqIgQgCUkNAAsLIAkgBmshAiAFIAw2AswCIAkgC2sgBkkEQCAGIAkgH2tLDQsgFiAWIAIgC2siDGoiBCAOak8EQCAORQ0CIAkgBCAO/AoAAAwCC0EAIAxrIgIEQCAJIAQgAvwKAAALIAUgDCAOaiIONgKsASAJIAxrIQkgCyECCyAGQRBPBEAgAikAACE6IAkgAikACDcACCAJIDo3AAAgDkERSA0BIAkgDmohBiAJQRBqIQQDQCACKQAQITogBCACKQAYNwAIIAQgOjcAACACKQAgITogBCACKQAoNwAYIAQgOjcAECACQSBqIQIgBEEgaiIEIAZJDQALDAELAkAgBkEHTQRAIAkgAi0AADoAACAJIAItAAE6AAEgCSACLQACOgACIAkgAi0AAzoAAyAJIAIgBkECdCIEQeAaaigCAGoiAigAADYABCACIARBgBtqKAIAayECDAELIAkgAikAADcAAAsgDkEJSQ0AIAkgDmohBiAJQQhqIgQgAkEIaiICa0EPTARAA0AgBCACKQAANwAAIAJBCGohAiAEQQhqIgQgBkkNAAwCCwALIAIpAAAhOiAEIAIpAAg3AAggBCA6NwAAIA5BGUgNACAJQRhqIQQDQCACKQAQITogBCACKQAYNwAIIAQgOjcAACACKQAgITogBCACKQAoNwAYIAQgOjcAECACQSBqIQIgBEEgaiIEIAZJDQALCyADQYh/Sw0LIAMgB2ohByAKQQFrIgoNAAsLIAUoAugBIAUoAuwBRw0HQWwhAyAFKALkAUEgRw0JQQAhAgNAIAJBA0cEQCArIAJBAnQiA2ogAyAbaigCADYCACACQQFqIQIMAQsLIAUoAswCIgMgCCgChOwBQQJHDQEaCyARIANrIgIgGiAHa0sNBUEAIQQgBwRAIAIEQCAHIAMgAvwKAAALIAIgB2ohBAsgCEEANgKE7AEgCEGI7AVqIREgBCEHIAhBiOwBagshAiARIAJrIgMgGiAHa0sNBCAHBH8gAwRAIAcgAiAD/AoAAAsgAyAHagVBAAsgE2shAwwHCyATIBRBACAUQQBKG2oMAQsgCCgC/OsBCyEWIAUgCCgC+OoBIgI2AswCIAIgCCgCiOsBaiEfAkAgDkUEQCATIQkMAQsgCCgCuOkBIRggCCgCtOkBISsgCCgCsOkBIQwgCEEBNgKM6gEgCEGs0AFqISQgBUGMAmohGkEAIQIDQCACQQNHBEAgGiACQQJ0IgNqIAMgJGooAgA2AgAgAkEBaiECDAELC0FsIQMgBUHgAWoiAiAEIAcQCEGIf0sNBSAFQfQBaiACIAgoAgAQHiAFQfwBaiACIAgoAggQHiAFQYQCaiACIAgoAgQQHiAWQSBrIRwgM0UhHiATIQkDQCAOBEAgBSgC+AEgBSgC9AFBA3RqIgItAAIhGyAFKAKIAiAFKAKEAkEDdGoiBC0AAiENIAUoAoACIAUoAvwBQQN0aiIGLQADIRUgBC0AAyEnIAItAAMhEiAGLwEAIRkgBC8BACERIAIvAQAhDyAGKAIEIQcgAigCBCECIAQoAgQhBAJAIAYtAAIiKEECTwRAAkAgHiAoQRlJckUEQCAFKALgASIhIAUoAuQBIgZ0QQUgKGt2QQV0IAdqIQcCQCAGIChqQQVrIgZBIU8EQCAFQbAaNgLoAQwBCyAFKALoASIKIAUoAvABTwRAIAUgBkEHcSILNgLkASAFIAogBkEDdmsiBjYC6AEgBSAGKAAAIiE2AuABIAshBgwBCyAKIAUoAuwBIgtGDQAgBSAGIAogC2sgBkEDdiIGIAogBmsgC0kbIgtBA3RrIgY2AuQBIAUgCiALayILNgLoASAFIAsoAAAiITYC4AELIAUgBkEFaiIKNgLkASAHICEgBnRBG3ZqIRAMAQsgBSAFKALkASIGIChqIgo2AuQBIAUoAuABIAZ0QQAgKGt2IAdqIRAgCkEhTwRAIAVBsBo2AugBDAELIAUoAugBIgcgBSgC8AFPBEAgBSAKQQdxIgY2AuQBIAUgByAKQQN2ayILNgLoASAFIAsoAAA2AuABIAYhCgwBCyAHIAUoAuwBIgtGDQAgBSAKIAcgC2sgCkEDdiIGIAcgBmsgC0kbIgZBA3RrIgo2AuQBIAUgByAGayIGNgLoASAFIAYoAAA2AuABCyAFKQKMAiE6IAUgEDYCjAIgBSA6NwKQAgwBCyACRSELIChFBEAgGiACQQBHQQJ0aigCACEGIAUgGiALQQJ0aigCACIQNgKMAiAFIAY2ApACIAUoAuQBIQoMAQsgBSAFKALkASIGQQFqIgo2AuQBAkACQCAHIAtqIAUoAuABIAZ0QR92aiILQQNGBEAgBSgCjAJBAWsiBkF/IAYbIRAMAQsgGiALQQJ0aigCACIGQX8gBhshECALQQFGDQELIAUgBSgCkAI2ApQCCyAFIAUoAowCNgKQAiAFIBA2AowCCyANIBtqIQsCQCANRQRAIAohBgwBCyAFIAogDWoiBjYC5AEgBSgC4AEgCnRBACANa3YgBGohBAsCQCALQRRJDQAgBkEhTwRAIAVBsBo2AugBDAELIAUoAugBIgcgBSgC8AFPBEAgBSAGQQdxIgs2AuQBIAUgByAGQQN2ayIGNgLoASAFIAYoAAA2AuABIAshBgwBCyAHIAUoAuwBIgtGDQAgBSAGIAcgC2sgBkEDdiIGIAcgBmsgC0kbIgtBA3RrIgY2AuQBIAUgByALayILNgLoASAFIAsoAAA2AuABCwJAIBtFBEAgBiEHDAELIAUgBiAbaiIHNgLkASAFKALgASAGdEEAIBtrdiACaiECCwJAIAdBIU8EQEGwGiEGIAVBsBo2AugBDAELIAUoAugBIgYgBSgC8AFPBEAgBSAHQQdxIgs2AuQBIAUgBiAHQQN2ayIGNgLoASAFIAYoAAA2AuABIAshBwwBCyAGIAUoAuwBIgpGDQAgBSAGIAYgCmsgB0EDdiILIAYgC2sgCkkbIgtrIgY2AugBIAUgByALQQN0ayIHNgLkASAFIAYoAAA2AuABCwJAIA5BAUYNACAFIBJBAnRBsBlqKAIAIAUoAuABIg1BACAHIBJqIgtrdnEgD2o2AvQBIAUgJ0ECdEGwGWooAgAgDUEAIAsgJ2oiB2t2cSARajYChAICQCAHQSFPBEBBsBohBiAFQbAaNgLoAQwBCyAFKALwASAGTQRAIAUgB0EHcSILNgLkASAFIAYgB0EDdmsiBjYC6AEgBSAGKAAAIg02AuABIAshBwwBCyAGIAUoAuwBIgpGDQAgBSAGIAYgCmsgB0EDdiILIAYgC2sgCkkbIgtrIgY2AugBIAUgByALQQN0ayIHNgLkASAFIAYoAAAiDTYC4AELIAUgByAVaiILNgLkASAFIBVBAnRBsBlqKAIAIA1BACALa3ZxIBlqNgL8ASALQSFPBEAgBUGwGjYC6AEMAQsgBSgC8AEgBk0EQCAFIAtBB3E2AuQBIAUgBiALQQN2ayIGNgLoASAFIAYoAAA2AuABDAELIAYgBSgC7AEiB0YNACAFIAsgBiAHayALQQN2IgsgBiALayAHSRsiC0EDdGs2AuQBIAUgBiALayIGNgLoASAFIAYoAAA2AuABCyAFIAI2AqgBIAUgBDYCrAEgBSAQNgKwAQJAAkACQCAFKALMAiIGIAJqIgsgH0sNACAJIAIgBGoiDWogHEsNACANQSBqIBYgCWtNDQELIAUgBSgCsAE2AhAgBSAFKQOoATcDCCAJIBYgBUEIaiAFQcwCaiAfIAwgKyAYECAhDQwBCyACIAlqIQcgBikAACE6IAkgBikACDcACCAJIDo3AAACQCACQRFJDQAgBikAECE6IAkgBikAGDcAGCAJIDo3ABAgAkEQa0ERSA0AIAZBEGohBiAJQSBqIQIDQCAGKQAQITogAiAGKQAYNwAIIAIgOjcAACAGKQAgITogAiAGKQAoNwAYIAIgOjcAECAGQSBqIQYgAkEgaiICIAdJDQALCyAHIBBrIQYgBSALNgLMAiAHIAxrIBBJBEAgECAHICtrSw0JIBggGCAGIAxrIgtqIgYgBGpPBEAgBEUNAiAHIAYgBPwKAAAMAgtBACALayICBEAgByAGIAL8CgAACyAFIAQgC2oiBDYCrAEgByALayEHIAwhBgsgEEEQTwRAIAYpAAAhOiAHIAYpAAg3AAggByA6NwAAIARBEUgNASAEIAdqIQQgB0EQaiECA0AgBikAECE6IAIgBikAGDcACCACIDo3AAAgBikAICE6IAIgBikAKDcAGCACIDo3ABAgBkEgaiEGIAJBIGoiAiAESQ0ACwwBCwJAIBBBB00EQCAHIAYtAAA6AAAgByAGLQABOgABIAcgBi0AAjoAAiAHIAYtAAM6AAMgByAGIBBBAnQiC0HgGmooAgBqIgIoAAA2AAQgAiALQYAbaigCAGshBgwBCyAHIAYpAAA3AAALIARBCUkNACAEIAdqIQsgB0EIaiICIAZBCGoiBmtBD0wEQANAIAIgBikAADcAACAGQQhqIQYgAkEIaiICIAtJDQAMAgsACyAGKQAAITogAiAGKQAINwAIIAIgOjcAACAEQRlIDQAgB0EYaiECA0AgBikAECE6IAIgBikAGDcACCACIDo3AAAgBikAICE6IAIgBikAKDcAGCACIDo3ABAgBkEgaiEGIAJBIGoiAiALSQ0ACwsgDUGIf0sEQCANIQMMCAUgDkEBayEOIAkgDWohCQwCCwALCyAFKALoASAFKALsAUcNBSAFKALkAUEgRw0FQQAhBgNAIAZBA0cEQCAkIAZBAnQiAmogAiAaaigCADYCACAGQQFqIQYMAQsLIAUoAswCIQILQbp/IQMgHyACayIEIBYgCWtLDQQgCQR/IAQEQCAJIAIgBPwKAAALIAQgCWoFQQALIBNrIQMMBAsgAkECRgRAIBwgA2siAiAUIAlrSw0BIAkEfyACBEAgCSADIAL8CgAACyACIAlqBUEACyEJIAhBiOwFaiEcIAhBiOwBaiEDCyAcIANrIgIgFCAJa0sNACAJBH8gAgRAIAkgAyAC/AoAAAsgAiAJagVBAAsgE2shAwwDC0G6fyEDDAILQWwhAwwBC0G4fyEDCyAFQdACaiQAIAMhBAwECyAgIDUgE2tLDQkgE0UEQCAgDQIMBQsgICIERQ0FIBMgHSAE/AoAAAwFCyAxKAIMIgQgAiATa0sNCCATDQEgBEUNAwtBtn8hBAwJCyAERQ0AIBMgHS0AACAE/AsACyAEQYh/Sw0HDAELQQAhBAsCQCAIKAL06gFFIBNFcg0AIAggCCkDkOoBIAStfDcDkOoBIAgoAtjqASIGIARqQR9NBEAgBARAIAYgNGogEyAE/AoAAAsgCCAIKALY6gEgBGo2AtjqAQwBCyATIQMgBgRAQSAgBmsiAgRAIAYgNGogAyAC/AoAAAsgCCgC2OoBIQIgCEEANgLY6gEgCCAIKQOY6gEgCCkAuOoBQs/W077Sx6vZQn58Qh+JQoeVr6+Ytt6bnn9+NwOY6gEgCCAIKQOg6gEgCCkAwOoBQs/W077Sx6vZQn58Qh+JQoeVr6+Ytt6bnn9+NwOg6gEgCCAIKQOo6gEgCCkAyOoBQs/W077Sx6vZQn58Qh+JQoeVr6+Ytt6bnn9+NwOo6gEgCCAIKQOw6gEgCCkA0OoBQs/W077Sx6vZQn58Qh+JQoeVr6+Ytt6bnn9+NwOw6gEgEyACa0EgaiEDCyAEIBNqIgYgA0Egak8EQCAGQSBrIQIgCCkDsOoBITsgCCkDqOoBITwgCCkDoOoBIT0gCCkDmOoBIToDQCAIIAMpAABCz9bTvtLHq9lCfiA6fEIfiUKHla+vmLbem55/fiI6NwOY6gEgCCADKQAIQs/W077Sx6vZQn4gPXxCH4lCh5Wvr5i23puef34iPTcDoOoBIAggAykAEELP1tO+0ser2UJ+IDx8Qh+JQoeVr6+Ytt6bnn9+Ijw3A6jqASAIIAMpABhCz9bTvtLHq9lCfiA7fEIfiUKHla+vmLbem55/fiI7NwOw6gEgA0EgaiIDIAJNDQALCyADIAZPDQAgBiADayICBEAgNCADIAL8CgAACyAIIAI2AtjqAQsgOCAgayEDIB0gIGohAiAEIBNqIRMgMSgCCEUNAAsgNikDACI6Qn9RIDogEyAsa6xRckUEQEFsIQYMBgsgCCgC4OkBBEBBaiEGIANBBEkNBiAIKALw6gFFBEAgAigAAAJ+IDcpAwAiPkIgWgRAIAgpA6DqASI7QgeJIAgpA5jqASI8QgGJfCAIKQOo6gEiPUIMiXwgCCkDsOoBIjpCEol8IDxCz9bTvtLHq9lCfkIfiUKHla+vmLbem55/foVCh5Wvr5i23puef35CnaO16oOxjYr6AH0gO0LP1tO+0ser2UJ+Qh+JQoeVr6+Ytt6bnn9+hUKHla+vmLbem55/fkKdo7Xqg7GNivoAfSA9Qs/W077Sx6vZQn5CH4lCh5Wvr5i23puef36FQoeVr6+Ytt6bnn9+Qp2jteqDsY2K+gB9IDpCz9bTvtLHq9lCfkIfiUKHla+vmLbem55/foVCh5Wvr5i23puef35CnaO16oOxjYr6AH0MAQsgCCkDqOoBQsXP2bLx5brqJ3wLID58IDQgPqcQIqdHDQcLIANBBGshAyACQQRqIQILIBMgLGsiBEGJf08NBCABIARrIQEgBCAsaiEsQQEhOQwBCwsgAwRAQbh/IQYMBAsgLCAAayEGDAMLQbp/IQQMAQtBuH8hBAtBuH8gBCAEQXZGGyAEIDkbIQYLIAgoApDrAQ0AIAgoAoTrASECIAgoAoDrASEDIAgQFiAIKALA6wEgAyACEBUgCEEANgLA6wEgCCgCrOsBIgEEQAJAAkACQAJAIAEoAgAiAARAIANFDQIgAiAAIAMRAgAMAQsgA0UNAgsgAiABIAMRAgAMAgsgABACCyABEAILIAhBADYCrOsBCyADBEAgAiAIIAMRAgAMAQsgCBACCyAxQRBqJAAgBgsKACAABEAQJgALCwMAAAsLzRIKAEGICAsFAQAAAAEAQZgIC9sEAQAAAAEAAACWAAAA2AAAAH0BAAB3AAAAqgAAAM0AAAACAgAAcAAAALEAAADHAAAAGwIAAG4AAADFAAAAwgAAAIQCAABrAAAA3QAAAMAAAADfAgAAawAAAAABAAC9AAAAcQMAAGoAAABnAQAAvAAAAI8EAABtAAAARgIAALsAAAAiBgAAcgAAALACAAC7AAAAsAYAAHoAAAA5AwAAugAAAK0HAACIAAAA0AMAALkAAABTCAAAlgAAAJwEAAC6AAAAFggAAK8AAABhBQAAuQAAAMMGAADKAAAAhAUAALkAAACfBgAAygAAAAAAAAABAAAAAQAAAAUAAAANAAAAHQAAAD0AAAB9AAAA/QAAAP0BAAD9AwAA/QcAAP0PAAD9HwAA/T8AAP1/AAD9/wAA/f8BAP3/AwD9/wcA/f8PAP3/HwD9/z8A/f9/AP3//wD9//8B/f//A/3//wf9//8P/f//H/3//z/9//9/AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8DAAAABAAAAAUAAAAGAAAABwAAAAgAAAAJAAAACgAAAAsAAAAMAAAADQAAAA4AAAAPAAAAEAAAABEAAAASAAAAEwAAABQAAAAVAAAAFgAAABcAAAAYAAAAGQAAABoAAAAbAAAAHAAAAB0AAAAeAAAAHwAAACAAAAAhAAAAIgAAACMAAAAlAAAAJwAAACkAAAArAAAALwAAADMAAAA7AAAAQwAAAFMAAABjAAAAgwAAAAMBAAADAgAAAwQAAAMIAAADEAAAAyAAAANAAAADgAAAAwABAEGgDQsVAQEBAQICAwMEBAUHCAkKCwwNDg8QAEHEDQuLAQEAAAACAAAAAwAAAAQAAAAFAAAABgAAAAcAAAAIAAAACQAAAAoAAAALAAAADAAAAA0AAAAOAAAADwAAABAAAAASAAAAFAAAABYAAAAYAAAAHAAAACAAAAAoAAAAMAAAAEAAAACAAAAAAAEAAAACAAAABAAAAAgAAAAQAAAAIAAAAEAAAACAAAAAAAEAQeAOC6YEAQEBAQICAwMEBgcICQoLDA0ODxABAAAABAAAAAgAAAABAAEBBgAAAAAAAAQAAAAAEAAABAAAAAAgAAAFAQAAAAAAAAUDAAAAAAAABQQAAAAAAAAFBgAAAAAAAAUHAAAAAAAABQkAAAAAAAAFCgAAAAAAAAUMAAAAAAAABg4AAAAAAAEFEAAAAAAAAQUUAAAAAAABBRYAAAAAAAIFHAAAAAAAAwUgAAAAAAAEBTAAAAAgAAYFQAAAAAAABwWAAAAAAAAIBgABAAAAAAoGAAQAAAAADAYAEAAAIAAABAAAAAAAAAAEAQAAAAAAAAUCAAAAIAAABQQAAAAAAAAFBQAAACAAAAUHAAAAAAAABQgAAAAgAAAFCgAAAAAAAAULAAAAAAAABg0AAAAgAAEFEAAAAAAAAQUSAAAAIAABBRYAAAAAAAIFGAAAACAAAwUgAAAAAAADBSgAAAAAAAYEQAAAABAABgRAAAAAIAAHBYAAAAAAAAkGAAIAAAAACwYACAAAMAAABAAAAAAQAAAEAQAAACAAAAUCAAAAIAAABQMAAAAgAAAFBQAAACAAAAUGAAAAIAAABQgAAAAgAAAFCQAAACAAAAULAAAAIAAABQwAAAAAAAAGDwAAACAAAQUSAAAAIAABBRQAAAAgAAIFGAAAACAAAgUcAAAAIAADBSgAAAAgAAQFMAAAAAAAEAYAAAEAAAAPBgCAAAAAAA4GAEAAAAAADQYAIABBkBMLhwIBAAEBBQAAAAAAAAUAAAAAAAAGBD0AAAAAAAkF/QEAAAAADwX9fwAAAAAVBf3/HwAAAAMFBQAAAAAABwR9AAAAAAAMBf0PAAAAABIF/f8DAAAAFwX9/38AAAAFBR0AAAAAAAgE/QAAAAAADgX9PwAAAAAUBf3/DwAAAAIFAQAAABAABwR9AAAAAAALBf0HAAAAABEF/f8BAAAAFgX9/z8AAAAEBQ0AAAAQAAgE/QAAAAAADQX9HwAAAAATBf3/BwAAAAEFAQAAABAABgQ9AAAAAAAKBf0DAAAAABAF/f8AAAAAHAX9//8PAAAbBf3//wcAABoF/f//AwAAGQX9//8BAAAYBf3//wBBoBULhgQBAAEBBgAAAAAAAAYDAAAAAAAABAQAAAAgAAAFBQAAAAAAAAUGAAAAAAAABQgAAAAAAAAFCQAAAAAAAAULAAAAAAAABg0AAAAAAAAGEAAAAAAAAAYTAAAAAAAABhYAAAAAAAAGGQAAAAAAAAYcAAAAAAAABh8AAAAAAAAGIgAAAAAAAQYlAAAAAAABBikAAAAAAAIGLwAAAAAAAwY7AAAAAAAEBlMAAAAAAAcGgwAAAAAACQYDAgAAEAAABAQAAAAAAAAEBQAAACAAAAUGAAAAAAAABQcAAAAgAAAFCQAAAAAAAAUKAAAAAAAABgwAAAAAAAAGDwAAAAAAAAYSAAAAAAAABhUAAAAAAAAGGAAAAAAAAAYbAAAAAAAABh4AAAAAAAAGIQAAAAAAAQYjAAAAAAABBicAAAAAAAIGKwAAAAAAAwYzAAAAAAAEBkMAAAAAAAUGYwAAAAAACAYDAQAAIAAABAQAAAAwAAAEBAAAABAAAAQFAAAAIAAABQcAAAAgAAAFCAAAACAAAAUKAAAAIAAABQsAAAAAAAAGDgAAAAAAAAYRAAAAAAAABhQAAAAAAAAGFwAAAAAAAAYaAAAAAAAABh0AAAAAAAAGIAAAAAAAEAYDAAEAAAAPBgOAAAAAAA4GA0AAAAAADQYDIAAAAAAMBgMQAAAAAAsGAwgAAAAACgYDBABBtBkLfAEAAAADAAAABwAAAA8AAAAfAAAAPwAAAH8AAAD/AAAA/wEAAP8DAAD/BwAA/w8AAP8fAAD/PwAA/38AAP//AAD//wEA//8DAP//BwD//w8A//8fAP//PwD//38A////AP///wH///8D////B////w////8f////P////38AQcQaC1kBAAAAAgAAAAQAAAAAAAAAAgAAAAQAAAAIAAAAAAAAAAEAAAACAAAAAQAAAAQAAAAEAAAABAAAAAQAAAAIAAAACAAAAAgAAAAHAAAACAAAAAkAAAAKAAAACwBBoBsLA6APAQ==";
//#endregion


;// CONCATENATED MODULE: ./src/artifacts/parquet-pages.ts



/**
 * Bounds-checked low-level Parquet page decoding: RLE/bit-packed hybrid, DELTA_BINARY_PACKED, PLAIN
 * values and decompression. Every length and count read from the file is checked against the bytes
 * actually there, and every loop consumes input, so corrupt pages end in a `PageError` quickly
 * instead of looping or allocating without bound.
 */
class PageError extends Error {
}
function fail(message) {
    throw new PageError(message);
}
/** The largest page we agree to inflate: corrupt headers must not make us allocate gigabytes. */
const MAX_PAGE_BYTES = 1 << 30;
// zstd is the reference implementation compiled to WebAssembly: about 6× the pure-JS decoder
// hyparquet-compressors ships. It is instantiated once per thread, only when a file needs it.
const zstd = new ZSTDDecoder();
let zstdLoaded = false;
/** Makes ZSTD pages decodable in this thread; await it before decoding a file with ZSTD chunks. */
async function zstdReady() {
    if (!zstdLoaded) {
        await zstd.init();
        zstdLoaded = true;
    }
}
/** hyparquet's codecs, with ZSTD replaced by ours (after `zstdReady`). */
const pageCodecs = { ...compressors, ZSTD: (input, size) => parquet_pages_decompress('ZSTD', input, size) };
function parquet_pages_decompress(codec, input, size) {
    if (!Number.isSafeInteger(size) || size < 0 || size > MAX_PAGE_BYTES)
        fail(`page size ${size} out of range`);
    let out;
    switch (codec) {
        case 'UNCOMPRESSED':
            out = input;
            break;
        case 'GZIP':
            out = (0,external_node_zlib_namespaceObject.gunzipSync)(input, { maxOutputLength: Math.max(1, size) });
            break;
        case 'ZSTD':
            if (!zstdLoaded)
                throw new Error('internal: a ZSTD page was decoded before zstdReady()');
            // On a corrupt frame or a wrong size the decoder returns fewer bytes: the length check below fails.
            out = zstd.decode(input, size);
            break;
        case 'SNAPPY':
        case 'BROTLI':
        case 'LZ4':
        case 'LZ4_RAW': {
            const decode = compressors[codec];
            if (!decode)
                fail(`unsupported codec ${codec}`);
            out = decode(input, size);
            break;
        }
        default:
            fail(`unsupported codec ${codec}`);
    }
    if (out.length !== size)
        fail(`page decompressed to ${out.length} bytes, its header says ${size}`);
    return out;
}
function varint(c) {
    let result = 0;
    let shift = 0;
    for (;;) {
        if (c.pos >= c.end)
            fail('varint runs past the page');
        const b = c.buf[c.pos++];
        result += (b & 0x7f) * 2 ** shift;
        if (b < 0x80)
            return result;
        shift += 7;
        if (shift > 49)
            fail('varint too long');
    }
}
/** Unsigned LEB128 as a BigInt (up to 64 bits). */
function varintBig(c) {
    let result = 0n;
    let shift = 0n;
    for (;;) {
        if (c.pos >= c.end)
            fail('varint runs past the page');
        const b = c.buf[c.pos++];
        result |= BigInt(b & 0x7f) << shift;
        if (b < 0x80)
            return result;
        shift += 7n;
        if (shift > 63n)
            fail('varint too long');
    }
}
function uint32le(buf, pos) {
    return (buf[pos] | (buf[pos + 1] << 8) | (buf[pos + 2] << 16)) + buf[pos + 3] * 0x1000000;
}
/**
 * RLE/bit-packed hybrid values of `bitWidth` (0..32) into out[0..count). Values wider than the
 * target (e.g. a dictionary index past the dictionary) are checked by the caller.
 */
function readHybrid(c, bitWidth, out, count) {
    if (bitWidth < 0 || bitWidth > 32)
        fail(`bit width ${bitWidth} out of range`);
    const buf = c.buf;
    const valueBytes = (bitWidth + 7) >> 3;
    // One view per page: making one costs as much as unpacking a few dozen values.
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    let i = 0;
    while (i < count) {
        const header = varint(c);
        if (header % 2 === 1) {
            const groups = Math.floor(header / 2);
            const bytes = groups * bitWidth;
            if (c.pos + bytes > c.end)
                fail('bit-packed run past the page');
            const n = Math.min(groups * 8, count - i);
            readPacked(buf, view, c.pos, bitWidth, out, i, n);
            i += n;
            c.pos += bytes;
        }
        else {
            const run = header / 2;
            if (c.pos + valueBytes > c.end)
                fail('RLE run past the page');
            let value = 0;
            for (let b = 0; b < valueBytes; b++)
                value += buf[c.pos + b] * 2 ** (8 * b);
            c.pos += valueBytes;
            const n = Math.min(run, count - i);
            out.fill(value, i, i + n);
            i += n;
        }
    }
}
/**
 * The definition levels of a page of a flat optional column (bit width 1), or undefined when they are
 * one run of 1s, every value present (the common case): then no array is filled and summed.
 */
function definitionLevels(c, count) {
    const start = c.pos;
    const header = varint(c);
    if (header % 2 === 0 && header / 2 >= count && c.pos < c.end && c.buf[c.pos] === 1)
        return undefined;
    c.pos = start;
    const defs = new Uint8Array(count);
    readHybrid(c, 1, defs, count);
    return defs;
}
/**
 * `groups` groups of eight little-endian bit-packed values of width 1..24 from byte pos into out[at..].
 * Eight values fill exactly `width` bytes, so value j of a group starts at bit j·width of it and lies
 * in the 32-bit word at byte (j·width) >> 3: one read, a shift and a mask per value, no branch (about 5×
 * the bit-by-bit loop). The caller keeps every word read inside the view.
 */
function unpackGroups(view, pos, width, out, at, groups) {
    const mask = (1 << width) - 1;
    const w2 = 2 * width;
    const w3 = 3 * width;
    const w4 = 4 * width;
    const w5 = 5 * width;
    const w6 = 6 * width;
    const w7 = 7 * width;
    let p = pos;
    let k = at;
    for (let g = 0; g < groups; g++) {
        out[k] = view.getUint32(p, true) & mask;
        out[k + 1] = (view.getUint32(p + (width >> 3), true) >>> (width & 7)) & mask;
        out[k + 2] = (view.getUint32(p + (w2 >> 3), true) >>> (w2 & 7)) & mask;
        out[k + 3] = (view.getUint32(p + (w3 >> 3), true) >>> (w3 & 7)) & mask;
        out[k + 4] = (view.getUint32(p + (w4 >> 3), true) >>> (w4 & 7)) & mask;
        out[k + 5] = (view.getUint32(p + (w5 >> 3), true) >>> (w5 & 7)) & mask;
        out[k + 6] = (view.getUint32(p + (w6 >> 3), true) >>> (w6 & 7)) & mask;
        out[k + 7] = (view.getUint32(p + (w7 >> 3), true) >>> (w7 & 7)) & mask;
        k += 8;
        p += width;
    }
}
/**
 * DELTA_BINARY_PACKED into Float64Array (exact while |v| ≤ 2^53; wider INT64 values are reported in
 * `big`). `int32` wraps like the writer's 32-bit arithmetic.
 */
function readDeltaBinary(c, count, int32, out, outStart, big) {
    const blockSize = varint(c);
    const miniblocks = varint(c);
    const total = varint(c);
    if (blockSize <= 0 || blockSize % 128 !== 0 || miniblocks <= 0 || blockSize % miniblocks !== 0 || (blockSize / miniblocks) % 32 !== 0) {
        fail('bad DELTA_BINARY_PACKED header');
    }
    if (total < count)
        fail(`DELTA_BINARY_PACKED holds ${total} values, ${count} expected`);
    const perMini = blockSize / miniblocks;
    let value = zigzagVarint(c);
    const mod = int32 ? 32n : 64n;
    const wrap = (v) => BigInt.asIntN(Number(mod), v);
    const put = (k, v) => {
        const n = Number(v);
        if (Number.isSafeInteger(n))
            out[outStart + k] = n;
        else {
            out[outStart + k] = n;
            big?.set(outStart + k, v);
        }
    };
    if (count === 0)
        return;
    put(0, value);
    let k = 1;
    // Fast path state: while every quantity fits a double exactly, stay in Number arithmetic.
    let current = Number(value);
    let exact = Number.isSafeInteger(current);
    const widths = new Uint8Array(miniblocks);
    const scratch = new Uint32Array(perMini);
    const view = new DataView(c.buf.buffer, c.buf.byteOffset, c.buf.byteLength);
    while (k < count) {
        const minDeltaBig = zigzagVarint(c);
        if (c.pos + miniblocks > c.end)
            fail('DELTA_BINARY_PACKED block header past the page');
        for (let m = 0; m < miniblocks; m++)
            widths[m] = c.buf[c.pos++];
        const minDelta = Number(minDeltaBig);
        for (let m = 0; m < miniblocks && k < count; m++) {
            const width = widths[m];
            if (width > 64)
                fail(`bit width ${width} out of range`);
            const bytes = (perMini * width) / 8;
            if (c.pos + bytes > c.end)
                fail('DELTA_BINARY_PACKED miniblock past the page');
            const n = Math.min(perMini, count - k);
            if (width <= 24 && exact && Number.isSafeInteger(minDelta) && (int32 || Math.abs(current) + n * (Math.abs(minDelta) + 2 ** width) <= Number.MAX_SAFE_INTEGER)) {
                // The common case: no sum can leave the exact range, so no check per value.
                unpackSmall(c.buf, view, c.pos, width, scratch, 0, n);
                current = addDeltas(scratch, n, current, minDelta, out, outStart + k, int32);
                k += n;
            }
            else if (width <= 32 && exact && Number.isSafeInteger(minDelta)) {
                readPacked(c.buf, view, c.pos, width, scratch, 0, n);
                for (let j = 0; j < n; j++) {
                    let next = current + minDelta + scratch[j];
                    if (int32)
                        next = next | 0;
                    else if (!Number.isSafeInteger(next)) {
                        exact = false;
                        value = wrap(BigInt(current) + minDeltaBig + BigInt(scratch[j]));
                        put(k++, value);
                        for (let r = j + 1; r < n; r++) {
                            value = wrap(value + minDeltaBig + BigInt(scratch[r]));
                            put(k++, value);
                        }
                        break;
                    }
                    current = next;
                    out[outStart + k++] = next;
                }
            }
            else {
                if (exact)
                    value = BigInt(current);
                exact = false;
                for (let j = 0; j < n; j++) {
                    const delta = readPackedBig(c.buf, c.pos, width, j);
                    value = wrap(value + minDeltaBig + delta);
                    put(k++, value);
                }
            }
            c.pos += bytes;
        }
        // Untouched miniblocks of the last block may be absent; anything present is skipped by the caller.
    }
}
/**
 * out[at + j] = the running sum of `current` and n deltas (minDelta + packed[j]); returns the last sum.
 * The caller has checked that every sum stays exact.
 */
function addDeltas(packed, n, current, minDelta, out, at, int32) {
    if (int32) {
        // The writer's wrapping 32-bit sums; `| 0` on every term keeps them in integer registers (the sum
        // depends on the previous one, so a double round trip per value is what this loop would cost).
        let sum = current | 0;
        const step = minDelta | 0;
        for (let j = 0; j < n; j++) {
            sum = (sum + step + packed[j]) | 0;
            out[at + j] = sum;
        }
        return sum;
    }
    for (let j = 0; j < n; j++) {
        current += minDelta + packed[j];
        out[at + j] = current;
    }
    return current;
}
/** A zigzag LEB128 value; short ones (the usual block minimums) without BigInt arithmetic. */
function zigzagVarint(c) {
    let length = 0;
    while (c.pos + length < c.end && c.buf[c.pos + length] >= 0x80)
        length++;
    if (length >= 7) {
        const z = varintBig(c);
        return (z >> 1n) ^ -(z & 1n);
    }
    const z = varint(c);
    return BigInt(z % 2 === 0 ? z / 2 : -(z + 1) / 2);
}
/**
 * n little-endian bit-packed values of width ≤ 24 from byte pos into out[at..] (`view` is over buf):
 * whole groups of eight a word at a time (unpackGroups), the rest in 32-bit integer arithmetic.
 */
function unpackSmall(buf, view, pos, width, out, at, n) {
    if (width === 0) {
        out.fill(0, at, at + n);
        return;
    }
    // The last value of a group reads a 32-bit word reaching up to 3 bytes past the group: those bytes
    // (other data, masked off) must still lie in buf.
    const whole = Math.max(0, Math.min(n >> 3, Math.floor((buf.length - 3 - pos) / width)));
    unpackGroups(view, pos, width, out, at, whole);
    const mask = (1 << width) - 1;
    let acc = 0;
    let bits = 0;
    pos += whole * width;
    for (let k = at + whole * 8; k < at + n; k++) {
        while (bits < width) {
            acc |= buf[pos++] << bits;
            bits += 8;
        }
        out[k] = acc & mask;
        acc >>>= width;
        bits -= width;
    }
}
/** n little-endian bit-packed values of width ≤ 32 from byte pos into out[at..] (wide ones in double arithmetic). */
function readPacked(buf, view, pos, width, out, at, n) {
    if (width <= 24) {
        unpackSmall(buf, view, pos, width, out, at, n);
        return;
    }
    let acc = 0;
    let bits = 0;
    for (let k = 0; k < n; k++) {
        while (bits < width) {
            acc += buf[pos++] * 2 ** bits;
            bits += 8;
        }
        out[at + k] = acc % 2 ** width;
        acc = Math.floor(acc / 2 ** width);
        bits -= width;
    }
}
function readPackedBig(buf, pos, width, index) {
    let v = 0n;
    const first = index * width;
    for (let b = 0; b < width; b++) {
        const bit = first + b;
        if ((buf[pos + (bit >> 3)] >> (bit & 7)) & 1)
            v |= 1n << BigInt(b);
    }
    return v;
}
/** Skips a DELTA_BINARY_PACKED stream without keeping values; returns how many it holds. */
function deltaCount(c) {
    const save = c.pos;
    varint(c);
    varint(c);
    const total = varint(c);
    c.pos = save;
    return total;
}

;// CONCATENATED MODULE: ./src/artifacts/parquet-fast.ts



/** Beyond this many distinct strings a coded column turns into bytes (it is no longer low-cardinality). */
const parquet_fast_MAX_CODED = 1 << 16;
/** The fast kind of a top-level schema element, or why it is not fast. */
function fastKind(element) {
    if ((element.num_children ?? 0) > 0)
        return 'nested';
    if (element.repetition_type === 'REPEATED')
        return 'repeated';
    const ct = element.converted_type;
    const lt = element.logical_type;
    switch (element.type) {
        case 'BOOLEAN':
            return ct === undefined && lt === undefined ? 'bool' : 'annotated boolean';
        case 'INT32':
        case 'INT64': {
            const plainInt = (ct === undefined || ct === 'INT_8' || ct === 'INT_16' || ct === 'INT_32' || ct === 'INT_64') &&
                (lt === undefined || (lt.type === 'INTEGER' && lt.isSigned));
            return plainInt ? 'number' : 'annotated integer';
        }
        case 'FLOAT':
        case 'DOUBLE':
            return ct === undefined && lt === undefined ? 'number' : 'annotated float';
        case 'BYTE_ARRAY':
            return (ct === undefined || ct === 'UTF8') && (lt === undefined || lt.type === 'STRING') ? 'string' : 'annotated bytes';
        default:
            return `physical type ${element.type}`;
    }
}
const SHARED_STRINGS = 'shared strings';
/**
 * Decodes one top-level flat column of a file whose metadata is already parsed, into `target` when it
 * fits the column (Float64Array for numbers, Uint8Array for booleans, Int32Array for codes; one slot per
 * row; zeros, as a new array is: null rows of codes and booleans are left as they are; SHARED_STRINGS
 * for byte strings).
 * Throws PageError on corrupt or unsupported page data.
 */
function decodeFastColumn(file, metadata, index, element, kind, target) {
    const rows = Number(metadata.num_rows);
    const nullable = element.repetition_type !== 'REQUIRED';
    const physical = element.type;
    const coded = kind === 'string' && storedAsCodes(metadata, (g) => g.columns[index]);
    const into = (type) => (target instanceof type && target.length === rows ? target : new type(rows));
    const state = {
        kind,
        physical,
        nullable,
        numbers: kind === 'number' ? into(Float64Array) : undefined,
        bools: kind === 'bool' ? into(Uint8Array) : undefined,
        strings: kind === 'string' && !coded ? new strings_StringAccumulator(rows, target === SHARED_STRINGS) : undefined,
        codes: coded ? into(Int32Array) : undefined,
        interner: coded ? new ByteInterner() : undefined,
        nulls: undefined,
        nullCount: 0,
        big: undefined,
        sortedDistinct: 0,
        row: 0,
        rows
    };
    let rowStart = 0;
    for (const group of metadata.row_groups) {
        const chunk = group.columns[index];
        const meta = chunk?.meta_data;
        if (!meta)
            fail(`row group without metadata for column ${element.name}`);
        if (meta.path_in_schema.length !== 1 || meta.path_in_schema[0] !== element.name)
            fail(`column chunk order does not match the schema`);
        if (meta.type !== element.type)
            fail(`column chunk type ${meta.type} differs from the schema's ${element.type}`);
        const groupRows = Number(group.num_rows);
        if (!Number.isSafeInteger(groupRows) || groupRows < 0 || rowStart + groupRows > rows)
            fail('row group sizes exceed the file row count');
        decodeChunk(file, meta, state, rowStart + groupRows);
        rowStart += groupRows;
    }
    if (rowStart !== rows || state.row !== rows)
        fail(`column ${element.name} has ${state.row} values, the footer says ${rows} rows`);
    const base = { nulls: state.nulls, nullCount: state.nullCount, physical };
    if (kind === 'number')
        return { kind, values: state.numbers, ...base, ...(state.big ? { big: state.big } : {}) };
    if (kind === 'bool')
        return { kind, values: state.bools, ...base };
    if (state.codes && state.interner)
        return { kind: 'codes', codes: state.codes, dictionary: state.interner.strings, ...base };
    const sorted = state.sortedDistinct >= 0 ? { sortedDistinct: state.sortedDistinct } : {};
    return { kind, strings: state.strings, ...base, ...sorted };
}
/** A coded column's strings row by row (a null row as ''), for consumers that want bytes. */
function codesAsStrings(column) {
    const { codes, dictionary, nulls, nullCount, physical } = column;
    const { data, offsets } = strings_bytesOfCodes(codes, dictionary.finish(), nullCount > 0 ? nulls : undefined);
    return { kind: 'string', strings: strings_StringAccumulator.over(data, offsets), nulls, nullCount, physical };
}
/** True when every row group stores the column (its chunk found by `chunkOf`) dictionary-encoded: the decoder then keeps its strings as codes. */
function storedAsCodes(metadata, chunkOf) {
    return metadata.row_groups.every((g) => chunkOf(g)?.meta_data?.encodings.some((e) => e === 'PLAIN_DICTIONARY' || e === 'RLE_DICTIONARY') ?? false);
}
/** A coded column that meets a page it cannot code (or too many distinct strings) continues as bytes. */
function uncode(state) {
    const { codes, interner } = state;
    if (!codes || !interner)
        return;
    const { data, offsets } = strings_bytesOfCodes(codes.subarray(0, state.row), interner.strings.finish(), state.nulls?.subarray(0, state.row));
    state.strings = strings_StringAccumulator.over(data, offsets);
    state.codes = undefined;
    state.interner = undefined;
    state.sortedDistinct = -1;
}
/** The bytes [start, end) of the file a column chunk lies in: its dictionary page, if any, then its data pages. */
function chunkSpan(meta) {
    const dictOffset = meta.dictionary_page_offset === undefined ? undefined : Number(meta.dictionary_page_offset);
    const dataOffset = Number(meta.data_page_offset);
    const start = dictOffset !== undefined && dictOffset > 0 && dictOffset < dataOffset ? dictOffset : dataOffset;
    return { start, end: start + Number(meta.total_compressed_size) };
}
function decodeChunk(file, meta, state, rowEnd) {
    const { start, end } = chunkSpan(meta);
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 4 || end > file.length - 8 || end < start) {
        fail('column chunk lies outside the file');
    }
    const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
    const reader = { view, offset: start };
    let dictionary;
    while (state.row < rowEnd) {
        if (reader.offset >= end)
            fail('column chunk ends before all its rows');
        let header;
        try {
            header = parquetHeader(reader);
        }
        catch (e) {
            fail(`bad page header (${e.message})`);
        }
        const compressed = header.compressed_page_size;
        if (!Number.isSafeInteger(compressed) || compressed < 0 || reader.offset + compressed > end)
            fail('page lies outside its column chunk');
        const page = file.subarray(reader.offset, reader.offset + compressed);
        reader.offset += compressed;
        if (header.type === 'DICTIONARY_PAGE') {
            const h = header.dictionary_page_header;
            if (!h)
                fail('dictionary page without its header');
            const bytes = parquet_pages_decompress(meta.codec, page, header.uncompressed_page_size);
            dictionary = decodeDictionary(bytes, h.num_values, state);
        }
        else if (header.type === 'DATA_PAGE') {
            const h = header.data_page_header;
            if (!h)
                fail('data page without its header');
            const count = pageCount(h.num_values, state, rowEnd);
            const bytes = parquet_pages_decompress(meta.codec, page, header.uncompressed_page_size);
            const c = { buf: bytes, pos: 0, end: bytes.length };
            let defs;
            if (state.nullable) {
                if (c.pos + 4 > c.end)
                    fail('definition levels past the page');
                const length = uint32le(bytes, c.pos);
                c.pos += 4;
                if (c.pos + length > c.end)
                    fail('definition levels past the page');
                defs = definitionLevels({ buf: bytes, pos: c.pos, end: c.pos + length }, count);
                c.pos += length;
            }
            decodeValues(c, h.encoding, count, defs, state, dictionary);
        }
        else if (header.type === 'DATA_PAGE_V2') {
            const h = header.data_page_header_v2;
            if (!h)
                fail('data page v2 without its header');
            const count = pageCount(h.num_values, state, rowEnd);
            const repLength = h.repetition_levels_byte_length ?? 0;
            const defLength = h.definition_levels_byte_length ?? 0;
            if (repLength !== 0)
                fail('repetition levels in a flat column');
            if (!Number.isSafeInteger(defLength) || defLength < 0 || defLength > page.length)
                fail('definition levels past the page');
            let defs;
            if (state.nullable) {
                defs = definitionLevels({ buf: page, pos: 0, end: defLength }, count);
            }
            else if (defLength !== 0)
                fail('definition levels in a required column');
            const body = page.subarray(defLength);
            const size = header.uncompressed_page_size - defLength;
            const bytes = h.is_compressed === false ? body : parquet_pages_decompress(meta.codec, body, size);
            if (bytes.length !== size)
                fail('page size does not match its header');
            decodeValues({ buf: bytes, pos: 0, end: bytes.length }, h.encoding, count, defs, state, dictionary);
        }
        // Index pages and unknown page types carry no values: skipped.
    }
}
function pageCount(numValues, state, rowEnd) {
    if (!Number.isSafeInteger(numValues) || numValues < 0 || state.row + numValues > rowEnd)
        fail(`page value count ${numValues} exceeds its row group`);
    return numValues;
}
function decodeDictionary(bytes, size, state) {
    if (!Number.isSafeInteger(size) || size < 0 || size > bytes.length * 8 + 1)
        fail(`dictionary size ${size} out of range`);
    const c = { buf: bytes, pos: 0, end: bytes.length };
    if (state.kind === 'string') {
        const strings = new strings_StringAccumulator(size);
        plainBytes(c, size, strings);
        const interner = state.interner;
        if (!interner)
            return { strings, size };
        const codes = new Int32Array(size);
        for (let k = 0; k < size; k++)
            codes[k] = interner.intern(strings.data, strings.offsets[k], strings.offsets[k + 1]);
        if (interner.size > parquet_fast_MAX_CODED) {
            uncode(state);
            return { strings, size };
        }
        return { strings, codes, size };
    }
    if (state.kind === 'bool') {
        const bools = new Uint8Array(size);
        plainBooleans(c, size, bools, 0);
        return { bools, size };
    }
    const numbers = new Float64Array(size);
    const big = new Map();
    plainNumbers(c, state.physical, size, numbers, 0, big);
    return { numbers, size, big };
}
/** Decodes `count` values (nulls included) of one page into the state at state.row. */
function decodeValues(c, encoding, count, defs, state, dictionary) {
    let present = count;
    if (defs) {
        present = 0;
        for (let k = 0; k < count; k++)
            present += defs[k];
    }
    const row = state.row;
    if (present < count) {
        state.nulls ??= new Uint8Array(state.rows);
        for (let k = 0; k < count; k++)
            if (defs && defs[k] === 0)
                state.nulls[row + k] = 1;
        state.nullCount += count - present;
    }
    // Non-null values go to a dense scratch region first when there are nulls, then spread out.
    const dense = present === count;
    if (encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY') {
        if (!dictionary)
            fail('dictionary-encoded page without a dictionary');
        if (c.pos >= c.end && present > 0)
            fail('dictionary indices past the page');
        const width = present > 0 ? c.buf[c.pos++] : 0;
        const indices = scratchIndices(present);
        readHybrid(c, width, indices, present);
        const inDictionary = (largest) => {
            if (present > 0 && largest >= dictionary.size)
                fail(`dictionary index ${largest} past the dictionary (${dictionary.size})`);
        };
        // The common dense cases check the indices while gathering (a bad page fails before its rows are used).
        if (dense && state.numbers && !(dictionary.big && dictionary.big.size > 0)) {
            inDictionary(gatherNumbers(state.numbers, row, dictionary.numbers, indices, count));
            state.row += count;
            return;
        }
        if (dense && state.codes) {
            inDictionary(gatherCodes(state.codes, row, dictionary.codes, indices, count));
            state.row += count;
            return;
        }
        inDictionary(largestIndex(indices, present));
        if (state.codes) {
            const out = state.codes;
            const remap = dictionary.codes;
            spread(state, row, count, defs, (k, at) => (out[at] = remap[indices[k]]), false);
            state.row += count;
            return;
        }
        state.sortedDistinct = -1;
        if (dense && state.strings) {
            const out = state.strings;
            const dict = dictionary.strings;
            for (let k = 0; k < count; k++)
                out.appendFrom(dict, indices[k]);
            state.row += count;
            return;
        }
        spread(state, row, count, defs, (k, at) => {
            const index = indices[k];
            if (state.numbers) {
                state.numbers[at] = dictionary.numbers[index];
                const b = dictionary.big?.get(index);
                if (b !== undefined)
                    (state.big ??= new Map()).set(at, b);
            }
            else if (state.bools)
                state.bools[at] = dictionary.bools[index];
            else
                state.strings.appendFrom(dictionary.strings, index);
        }, dense);
        state.row += count;
        return;
    }
    if (state.kind === 'string') {
        uncode(state);
        const strings = state.strings;
        const scratch = dense ? strings : new strings_StringAccumulator(present);
        // Only dense DELTA_BYTE_ARRAY pages tell the order of the strings.
        if (!dense || encoding !== 'DELTA_BYTE_ARRAY')
            state.sortedDistinct = -1;
        if (encoding === 'PLAIN')
            plainBytes(c, present, scratch);
        else if (encoding === 'DELTA_LENGTH_BYTE_ARRAY')
            deltaLengthBytes(c, present, scratch);
        else if (encoding === 'DELTA_BYTE_ARRAY')
            state.sortedDistinct = deltaBytes(c, present, scratch, state.sortedDistinct);
        else
            fail(`unsupported encoding ${encoding} for strings`);
        if (!dense)
            spread(state, row, count, defs, (k) => strings.appendFrom(scratch, k), false);
        state.row += count;
        return;
    }
    if (state.kind === 'bool') {
        const out = dense ? state.bools : new Uint8Array(present);
        const at = dense ? row : 0;
        if (encoding === 'PLAIN')
            plainBooleans(c, present, out, at);
        else if (encoding === 'RLE') {
            if (c.pos + 4 > c.end)
                fail('RLE booleans past the page');
            const length = uint32le(c.buf, c.pos);
            c.pos += 4;
            if (c.pos + length > c.end)
                fail('RLE booleans past the page');
            readHybrid({ buf: c.buf, pos: c.pos, end: c.pos + length }, 1, out.subarray(at, at + present), present);
        }
        else
            fail(`unsupported encoding ${encoding} for booleans`);
        if (!dense)
            spread(state, row, count, defs, (k, to) => (state.bools[to] = out[k]), false);
        state.row += count;
        return;
    }
    const numbers = state.numbers;
    const out = dense ? numbers : new Float64Array(present);
    const at = dense ? row : 0;
    const big = new Map();
    if (encoding === 'PLAIN')
        plainNumbers(c, state.physical, present, out, at, big);
    else if (encoding === 'DELTA_BINARY_PACKED') {
        if (state.physical !== 'INT32' && state.physical !== 'INT64')
            fail(`DELTA_BINARY_PACKED for ${state.physical}`);
        if (present > 0)
            readDeltaBinary(c, present, state.physical === 'INT32', out, at, big);
    }
    else if (encoding === 'BYTE_STREAM_SPLIT')
        parquet_fast_byteStreamSplit(c, state.physical, present, out, at);
    else
        fail(`unsupported encoding ${encoding}`);
    if (!dense) {
        const remap = new Map();
        spread(state, row, count, defs, (k, to) => {
            numbers[to] = out[k];
            const b = big.get(k);
            if (b !== undefined)
                remap.set(to, b);
        }, false);
        for (const [k, v] of remap)
            (state.big ??= new Map()).set(k, v);
    }
    else
        for (const [k, v] of big)
            (state.big ??= new Map()).set(k, v);
    if (state.nulls)
        for (let k = 0; k < count; k++)
            if (state.nulls[row + k])
                numbers[row + k] = NaN;
    state.row += count;
}
/**
 * One page's dictionary indices, in an array reused page after page (valid until the next call): a fresh
 * array per page costs more in page faults and cache misses than decoding the indices.
 */
let indexScratch = new Uint32Array(1 << 16);
function scratchIndices(n) {
    if (indexScratch.length < n)
        indexScratch = new Uint32Array(Math.max(n, indexScratch.length * 2));
    return indexScratch.subarray(0, n);
}
// The hot loops of dictionary pages, as small functions V8 optimizes on their own.
function largestIndex(indices, n) {
    let largest = 0;
    for (let k = 0; k < n; k++)
        if (indices[k] > largest)
            largest = indices[k];
    return largest;
}
/**
 * Gathers n dictionary values; returns the largest index seen (one past the dictionary reads as NaN / 0
 * meanwhile). Numbers and codes have a copy each on purpose: one array type per loop keeps it monomorphic.
 */
function gatherNumbers(out, at, dictionary, indices, n) {
    let largest = 0;
    for (let k = 0; k < n; k++) {
        const index = indices[k];
        if (index > largest)
            largest = index;
        out[at + k] = dictionary[index];
    }
    return largest;
}
function gatherCodes(out, at, remap, indices, n) {
    let largest = 0;
    for (let k = 0; k < n; k++) {
        const index = indices[k];
        if (index > largest)
            largest = index;
        out[at + k] = remap[index];
    }
    return largest;
}
/** Calls put(denseIndex, row) for each present value of the page, in order. */
function spread(state, row, count, defs, put, dense) {
    if (dense || !defs) {
        for (let k = 0; k < count; k++)
            put(k, row + k);
        return;
    }
    let k = 0;
    for (let r = 0; r < count; r++) {
        if (defs[r])
            put(k++, row + r);
        else if (state.strings)
            state.strings.appendEmpty();
    }
}
function plainNumbers(c, physical, count, out, at, big) {
    const width = physical === 'INT64' || physical === 'DOUBLE' ? 8 : 4;
    if (c.pos + count * width > c.end)
        fail('PLAIN values past the page');
    const view = new DataView(c.buf.buffer, c.buf.byteOffset + c.pos, count * width);
    if (physical === 'INT32')
        for (let k = 0; k < count; k++)
            out[at + k] = view.getInt32(4 * k, true);
    else if (physical === 'FLOAT')
        for (let k = 0; k < count; k++)
            out[at + k] = view.getFloat32(4 * k, true);
    else if (physical === 'DOUBLE') {
        if ((c.buf.byteOffset + c.pos) % 8 === 0)
            out.set(new Float64Array(c.buf.buffer, c.buf.byteOffset + c.pos, count), at);
        else
            for (let k = 0; k < count; k++)
                out[at + k] = view.getFloat64(8 * k, true);
    }
    else if (physical === 'INT64') {
        for (let k = 0; k < count; k++) {
            const lo = view.getUint32(8 * k, true);
            const hi = view.getInt32(8 * k + 4, true);
            if (hi >= -0x200000 && hi < 0x200000)
                out[at + k] = hi * 4294967296 + lo;
            else {
                const v = view.getBigInt64(8 * k, true);
                out[at + k] = Number(v);
                if (!Number.isSafeInteger(Number(v)) || BigInt(Number(v)) !== v)
                    big.set(at + k, v);
            }
        }
    }
    else
        fail(`unsupported physical type ${physical}`);
    c.pos += count * width;
}
function parquet_fast_byteStreamSplit(c, physical, count, out, at) {
    const width = physical === 'INT64' || physical === 'DOUBLE' ? 8 : 4;
    if (physical !== 'DOUBLE' && physical !== 'FLOAT')
        fail(`BYTE_STREAM_SPLIT for ${physical}`);
    if (c.pos + count * width > c.end)
        fail('BYTE_STREAM_SPLIT values past the page');
    const tmp = new Uint8Array(width);
    const view = new DataView(tmp.buffer);
    for (let k = 0; k < count; k++) {
        for (let b = 0; b < width; b++)
            tmp[b] = c.buf[c.pos + b * count + k];
        out[at + k] = width === 8 ? view.getFloat64(0, true) : view.getFloat32(0, true);
    }
    c.pos += count * width;
}
function plainBooleans(c, count, out, at) {
    if (c.pos + Math.ceil(count / 8) > c.end)
        fail('PLAIN booleans past the page');
    for (let k = 0; k < count; k++)
        out[at + k] = (c.buf[c.pos + (k >> 3)] >> (k & 7)) & 1;
    c.pos += Math.ceil(count / 8);
}
function plainBytes(c, count, out) {
    const buf = c.buf;
    for (let k = 0; k < count; k++) {
        if (c.pos + 4 > c.end)
            fail('PLAIN string past the page');
        const length = uint32le(buf, c.pos);
        c.pos += 4;
        if (c.pos + length > c.end)
            fail('PLAIN string past the page');
        out.appendBytes(buf, c.pos, c.pos + length);
        c.pos += length;
    }
}
/** A page's string lengths (DELTA_BINARY_PACKED) into lengthScratch[slot], valid until the next call with that slot. */
function lengthsOf(c, count, slot = 0) {
    const total = deltaCount(c);
    if (total < count || total > c.end - c.pos + count * 8 + 64)
        fail('DELTA lengths count out of range');
    if (lengthScratch[slot].length < total)
        lengthScratch[slot] = new Float64Array(Math.max(total, lengthScratch[slot].length * 2));
    const lengths = lengthScratch[slot].subarray(0, total);
    readDeltaBinary(c, total, true, lengths, 0);
    for (let k = 0; k < total; k++)
        if (lengths[k] < 0)
            fail('negative string length');
    return lengths;
}
const lengthScratch = [new Float64Array(1 << 12), new Float64Array(1 << 12)];
function deltaLengthBytes(c, count, out) {
    const lengths = lengthsOf(c, count);
    for (let k = 0; k < count; k++) {
        const length = lengths[k];
        if (c.pos + length > c.end)
            fail('DELTA_LENGTH_BYTE_ARRAY data past the page');
        out.appendBytes(c.buf, c.pos, c.pos + length);
        c.pos += length;
    }
}
/** Each value shares a prefix with the one before it (in this page), which `out` already holds. */
/**
 * Appends `count` DELTA_BYTE_ARRAY values. `sortedDistinct` (-1: not wanted) goes on counting distinct
 * strings while each is not below the one before (else -1), and is returned: value k shares its first
 * `prefix` bytes with value k − 1, so their order is decided from there (usually by the next byte).
 */
function deltaBytes(c, count, out, sortedDistinct) {
    const prefixes = lengthsOf(c, count, 0);
    const suffixes = lengthsOf(c, count, 1);
    // Checked first, so the copy loop below runs without checks into room reserved once.
    let previousLength = 0;
    let total = 0;
    let data = 0;
    for (let k = 0; k < count; k++) {
        if (prefixes[k] > previousLength)
            fail('DELTA_BYTE_ARRAY prefix longer than the previous value');
        previousLength = prefixes[k] + suffixes[k];
        total += previousLength;
        data += suffixes[k];
    }
    if (c.pos + data > c.end)
        fail('DELTA_BYTE_ARRAY data past the page');
    // 4 bytes of slack: a prefix is copied 4 bytes at a time, the last word may run past it.
    out.reserve(count, total + 4);
    const dst = out.data;
    const words = new DataView(dst.buffer, dst.byteOffset, dst.byteLength);
    const offsets = out.offsets;
    const src = c.buf;
    // Small integers (| 0, >>> 0) keep V8 on integer arithmetic in the byte loops.
    let pos = c.pos | 0;
    let n = out.count | 0;
    let at = offsets[n] >>> 0;
    let previous = at;
    let distinct = sortedDistinct;
    for (let k = 0; k < count; k++) {
        const prefix = prefixes[k] | 0;
        const suffix = suffixes[k] | 0;
        // Bytes read past the prefix are garbage written past it, which the suffix (or the next value) overwrites;
        // the prefix itself is read from the previous value, which ends at or before `at`.
        for (let b = 0; b < prefix; b += 4)
            words.setInt32(at + b, words.getInt32(previous + b, true), true);
        for (let b = 0; b < suffix; b++)
            dst[at + prefix + b] = src[pos + b];
        if (distinct >= 0) {
            // The first value of a page against the last one before it (it shares no prefix with it).
            const end = at + prefix + suffix;
            const order = k > 0 ? orderAfter(dst, previous, at, at, end, prefix) : n === 0 ? 1 : orderAfter(dst, offsets[n - 1], offsets[n], at, end, 0);
            distinct = order < 0 ? -1 : distinct + (order > 0 ? 1 : 0);
        }
        previous = at;
        at += prefix + suffix;
        pos += suffix;
        offsets[++n] = at;
    }
    out.count = n;
    c.pos = pos;
    return distinct;
}
/**
 * The order of data[b, bEnd) after data[a, aEnd), whose first `from` bytes are known equal: positive
 * when it is above, 0 when equal, negative when below (byte order, a proper prefix first).
 */
function orderAfter(data, a, aEnd, b, bEnd, from) {
    const common = Math.min(aEnd - a, bEnd - b);
    for (let k = from; k < common; k++) {
        const x = data[a + k];
        const y = data[b + k];
        if (x !== y)
            return y - x;
    }
    return bEnd - b - (aEnd - a);
}


;// CONCATENATED MODULE: ./src/artifacts/parquet.ts





/**
 * The one place that decodes Parquet. Flat columns of the common physical types go through our own
 * bounds-checked page decoder into typed arrays (no worker, no deadline: every count is checked, every
 * loop consumes input). Columns outside it (logical types such as dates and decimals, INT96,
 * FIXED_LEN_BYTE_ARRAY) fall back to hyparquet's general reader, in-process. Unknown encodings of a
 * flat column are refused rather than handed to the general reader, whose RLE decoder can spin on a
 * corrupt page. Reads only `columns` (all top-level columns when omitted; with `rest`, `columns` first and
 * then every other top-level column, so a problem in `columns` is reported as if only they were read).
 * `targets` may name where a column's values go (see decodeFastColumn); `groups` limits the read to the
 * row groups [from, to) (the part a worker thread decodes). A missing or nested column and a truncated or
 * corrupt file are a GateError on `where`.
 */
async function parquet_decodeParquet(bytes, where, columns, rest = false, targets = {}, groups) {
    let metadata;
    try {
        metadata = metadata_parquetMetadata(bytes);
    }
    catch (e) {
        throw new errors_GateError(where, `not a readable Parquet file (${reason(e)})`);
    }
    if (metadata.row_groups.some((g) => g.columns.some((c) => c.meta_data?.codec === 'ZSTD')))
        await zstdReady();
    try {
        return await parquet_decode(bytes, metadata, where, columns, rest, targets, groups);
    }
    catch (e) {
        if (e instanceof errors_GateError)
            throw e;
        throw new errors_GateError(where, `corrupt Parquet data (${reason(e)})`);
    }
}
async function parquet_decode(bytes, whole, where, wanted, rest, targets, groups) {
    const fileRows = Number(whole.num_rows);
    if (!Number.isSafeInteger(fileRows) || fileRows < 0)
        throw new errors_GateError(where, `corrupt Parquet footer (num_rows ${whole.num_rows})`);
    // A range of row groups reads as a file of just those groups.
    const firstRow = groups ? whole.row_groups.slice(0, groups.from).reduce((n, g) => n + Number(g.num_rows), 0) : 0;
    const metadata = groups ? { ...whole, row_groups: whole.row_groups.slice(groups.from, groups.to) } : whole;
    const numRows = groups ? metadata.row_groups.reduce((n, g) => n + Number(g.num_rows), 0) : fileRows;
    if (groups)
        metadata.num_rows = BigInt(numRows);
    if (!Number.isSafeInteger(numRows) || firstRow + numRows > fileRows)
        throw new errors_GateError(where, `corrupt Parquet footer (row groups exceed num_rows ${whole.num_rows})`);
    const top = metadata_parquetSchema(metadata).children;
    const names = top.map((c) => c.element.name);
    const columns = wanted === undefined ? names : rest ? [...wanted, ...names.filter((n) => !wanted.includes(n))] : wanted;
    const out = {};
    const slow = [];
    for (const name of columns) {
        const index = top.findIndex((c) => c.element.name === name);
        if (index < 0)
            throw new errors_GateError(where, `column "${name}" is missing (the file has: ${names.join(', ')})`);
        const node = top[index];
        if (node.children.length > 0 || node.element.repetition_type === 'REPEATED') {
            throw new errors_GateError(where, `column "${name}" is nested or repeated; only flat columns are supported`);
        }
        const kind = fastKind(node.element);
        if (kind !== 'number' && kind !== 'bool' && kind !== 'string') {
            slow.push(name);
            continue;
        }
        // Leaf columns of a flat schema are in top-level order: the chunk index is the leaf index.
        out[name] = fastColumn(bytes, metadata, leafIndex(top, index), node.element, kind, where, Object.hasOwn(targets, name) ? targets[name] : undefined);
    }
    if (slow.length > 0) {
        // hyparquet's reader wants the file as an ArrayBuffer of its own.
        const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
        const loose = numRows > 0 ? await readColumnsGeneral(file, slow, firstRow, numRows, where) : Object.fromEntries(slow.map((c) => [c, []]));
        for (const name of slow)
            out[name] = { kind: 'loose', values: loose[name] };
    }
    return { rows: numRows, names, columns: out };
}
const leaves = (node) => (node.children.length === 0 ? 1 : node.children.reduce((n, c) => n + leaves(c), 0));
/** Column chunks are stored per leaf: the chunk index of a flat top-level column counts the leaves before it. */
function leafIndex(top, index) {
    let n = 0;
    for (let k = 0; k < index; k++)
        n += leaves(top[k]);
    return n;
}
function fastColumn(bytes, metadata, index, element, kind, where, target) {
    try {
        return decodeFastColumn(bytes, metadata, index, element, kind, target);
    }
    catch (e) {
        if (e instanceof PageError || e instanceof RangeError || e instanceof TypeError) {
            throw new errors_GateError(where, `corrupt Parquet data (column ${element.name}: ${reason(e)})`);
        }
        throw e;
    }
}
/** hyparquet's general reader for the columns our decoder does not cover (rows [firstRow, firstRow + numRows)), checked against the footer. */
async function readColumnsGeneral(file, columns, firstRow, numRows, where) {
    const out = {};
    const filled = {};
    for (const name of columns) {
        out[name] = new Array(numRows);
        filled[name] = 0;
    }
    await parquetRead({
        file,
        columns,
        compressors: pageCodecs,
        rowStart: firstRow,
        rowEnd: firstRow + numRows,
        onChunk: (chunk) => {
            const target = out[chunk.columnName];
            const data = chunk.columnData;
            const start = chunk.rowStart - firstRow;
            if (!target || start < 0 || start + data.length > numRows || chunk.rowEnd - chunk.rowStart !== data.length) {
                throw new errors_GateError(where, `corrupt Parquet data (column chunk ${chunk.columnName} does not match the footer)`);
            }
            for (let k = 0; k < data.length; k++)
                target[start + k] = data[k];
            filled[chunk.columnName] += data.length;
        }
    });
    for (const name of columns) {
        if (filled[name] !== numRows) {
            throw new errors_GateError(where, `corrupt Parquet data (column ${name} has ${filled[name]} values, the footer says ${numRows} rows)`);
        }
    }
    return out;
}
/** A Parquet file's footer, read without reading the rest of the file; undefined when it cannot be read. */
function parquetFooter(path) {
    let fd;
    try {
        fd = openSync(path, 'r');
        const size = fstatSync(fd).size;
        const tail = Buffer.alloc(8);
        if (size < 12 || readSync(fd, tail, 0, 8, size - 8) !== 8)
            return undefined;
        const length = tail.readUInt32LE(0);
        if (length + 12 > size)
            return undefined;
        const footer = Buffer.alloc(length + 8);
        if (readSync(fd, footer, 0, length + 8, size - length - 8) !== length + 8)
            return undefined;
        const metadata = parquetMetadata(new Uint8Array(footer.buffer, footer.byteOffset, footer.length));
        const rows = Number(metadata.num_rows);
        return Number.isSafeInteger(rows) && rows >= 0 ? metadata : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
}
function reason(e) {
    const message = e instanceof Error ? e.message : String(e);
    const flat = message.replace(/\s+/g, ' ').trim();
    return flat.length > 160 ? flat.slice(0, 160) + '…' : flat;
}

;// CONCATENATED MODULE: ./src/artifacts/digest.ts















/**
 * The outputs digest: a witness of a run's data over DECODED values, so two encodings of the same
 * data agree (Parquet codecs and encodings, CSV vs Parquet vs JSONL, one file vs parts).
 *
 * Encoding (version `outputs-digest/v2`). Per table: `rows <n>`, then per column in sorted name order
 * `column <json name> <type> <mask> <values> <extra> <lengths>`, four sha256 streams of the column:
 *   mask: one byte per row, 1 for null; values: the non-null cells in row order, by type: number →
 *   float64 little-endian (-0 as 0, one NaN); bool → one byte 0/1; string → the UTF-8 bytes, with
 *   lengths: a uint32 LE byte length per string; extra: `<k>:<exact decimal>\n` for the k-th non-null
 *   number when it is an integer beyond ±(2^53−1) (its float64 slot holds 0), so INT64 and long
 *   integer text stay exact.
 * Types are inferred from decoded values, the same way for every format (CSV has no types):
 *   every non-null value a number or numeric text → number; every one a bool or true/false
 *   (any case) → bool; no non-null value → null; otherwise string (numbers then as their JS text).
 * Typed columns stream straight into the hashes (no per-value strings), part by part.
 * Known limit: numeric text is read as a number, so "03" and "3" digest alike.
 */
async function outputsDigest(runDir) {
    const tables = {};
    for (const t of discoverTables(runDir))
        tables[t.key] = await digestTable(runDir, t.relPath, t.key);
    return combineDigests(tables);
}
/** The outputs digest of a run from its per-table digests (keys as discoverTables names them). */
function combineDigests(tables) {
    return { tables, combined: digestOf({ digest: 'realism-gate/outputs-digest/v2', tables }) };
}
/**
 * Every table of a run folder, found without a policy: a file with a table extension, or a folder
 * that directly holds such files (one table of parts, named after the folder); other folders are
 * searched recursively. manifest.json and hidden entries ('.x', '_x') are excluded.
 */
function discoverTables(runDir) {
    const root = realRunDir(runDir);
    const found = new Map();
    const visited = new Set();
    const add = (key, relPath) => {
        const previous = found.get(key);
        if (previous)
            throw new GateError(displayPath(root), `two tables would share the name ${key}: ${previous.relPath} and ${relPath}`);
        found.set(key, { key, relPath });
    };
    const walk = (relDir) => {
        const abs = relDir === '' ? root : resolveInRun(root, relDir);
        const real = realpathSync(abs);
        if (visited.has(real))
            return;
        visited.add(real);
        for (const entry of readdirSync(abs).sort()) {
            if (isHidden(entry))
                continue;
            const rel = relDir === '' ? entry : `${relDir}/${entry}`;
            if (rel === 'manifest.json')
                continue;
            const stats = statSync(resolveInRun(root, rel));
            if (stats.isFile()) {
                if (formatOfName(entry))
                    add(stripExtension(rel), rel);
            }
            else if (stats.isDirectory()) {
                const holdsParts = readdirSync(resolveInRun(root, rel)).some((e) => !isHidden(e) && formatOfName(e) !== undefined);
                if (holdsParts)
                    add(rel, rel);
                else
                    walk(rel);
            }
        }
    };
    walk('');
    return [...found.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
/** Thrown when a later part needs an earlier part's cells under another type: the table is redone loosely. */
class TypeShift extends Error {
}
async function digestTable(runDir, relPath, name) {
    try {
        return await digestTableStreaming(runDir, relPath, name);
    }
    catch (e) {
        if (!(e instanceof TypeShift))
            throw e;
        return digestTableLoose(runDir, relPath, name);
    }
}
/** Reads the parts one by one, streaming each column into its digest; memory holds one part. */
async function digestTableStreaming(runDir, relPath, name) {
    const located = tableFiles(runDir, relPath, name);
    const digest = new TableDigest(located.format);
    const pooled = located.format === 'parquet' && located.files.length > 1 && worthThreads(located.files) ? decodeAhead(located.files.length, (i) => ({ file: located.files[i] }), undefined, false) : undefined;
    for (const [index, file] of located.files.entries()) {
        const where = displayPath(file);
        const part = pooled ? await pooled(index) : await readPart(located.format, await readBytes(file), where);
        digest.push(part, where);
    }
    return digest.finish();
}
/**
 * The streaming digest of one table, fed its parts in file order. `push` throws TypeShift when the
 * table needs the loose path (digestTable), and GateError when parts disagree on their columns.
 */
class TableDigest {
    format;
    digests = new Map();
    rows = 0;
    firstNames;
    constructor(format) {
        this.format = format;
    }
    push(part, where) {
        const sorted = [...part.names].sort();
        if (this.firstNames === undefined)
            this.firstNames = sorted;
        else if (sorted.join('\u0000') !== this.firstNames.join('\u0000')) {
            // JSONL columns are the union of keys over all lines: a key only some parts have is null in the
            // others' rows, which the loose path adds (the streaming digests cannot add rows afterwards).
            if (this.format === 'jsonl')
                throw new TypeShift();
            throw new errors_GateError(where, `columns (${sorted.join(', ')}) differ from the first part's (${this.firstNames.join(', ')})`);
        }
        for (const column of part.names) {
            let d = this.digests.get(column);
            if (!d)
                this.digests.set(column, (d = new ColumnDigest()));
            d.push(part.columns[column], part.rows);
        }
        this.rows += part.rows;
    }
    finish() {
        return finishTable(this.rows, this.digests);
    }
}
function finishTable(rows, digests) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    hash.update(`realism-gate/table-digest/v2\nrows ${rows}\n`);
    for (const name of [...digests.keys()].sort())
        hash.update(`column ${JSON.stringify(name)} ${digests.get(name).finish()}\n`);
    return hash.digest('hex');
}
async function readPart(format, bytes, where) {
    if (format === 'parquet') {
        const decoded = await decodeParquet(bytes, where);
        return { rows: decoded.rows, names: decoded.names, columns: decoded.columns };
    }
    const fast = textFromBytes(format, bytes, [], true);
    if (fast)
        return fast.part;
    // The text readers, for what the byte readers refuse: they name the problem.
    const text = decodeText(bytes, where);
    if (format === 'csv') {
        const part = new CsvPart();
        const { rows } = readCsv(text, where, {
            select: (header) => part.select(header),
            row: (fields, _line, row) => part.row(fields, row)
        });
        return part.finish(rows);
    }
    const part = new JsonlPart();
    readJsonl(text, where, (object) => part.add(object));
    return part.finish();
}
/** Collects every column of a CSV file as text (a CsvRowSink's work, shared with readRun). */
class CsvPart {
    names = [];
    targets = [];
    nullRows = [];
    /** Takes the header; every column is wanted. */
    select(header) {
        this.names = header;
        this.targets = header.map(() => new StringAccumulator(1024));
        this.nullRows = header.map(() => []);
        return header.map((_, k) => k);
    }
    /** All fields of a record, in header order, and its 1-based row. */
    row(fields, row) {
        for (let k = 0; k < fields.length; k++) {
            const f = fields[k];
            if (f === null) {
                this.targets[k].appendEmpty();
                this.nullRows[k].push(row - 1);
            }
            else
                this.targets[k].appendText(f);
        }
    }
    finish(rows) {
        const columns = {};
        this.names.forEach((n, k) => {
            const nulls = new Uint8Array(rows);
            for (const r of this.nullRows[k])
                nulls[r] = 1;
            columns[n] = { kind: 'string', strings: this.targets[k], nulls, nullCount: this.nullRows[k].length, physical: 'CSV' };
        });
        return { rows, names: this.names, columns };
    }
}
/** Collects the values of every key of a JSONL file (a missing key is null). */
class JsonlPart {
    values = new Map();
    row = 0;
    add(object) {
        for (const key of Object.keys(object)) {
            let target = this.values.get(key);
            if (!target)
                this.values.set(key, (target = []));
            while (target.length < this.row)
                target.push(null);
            target.push(object[key]);
        }
        this.row++;
    }
    finish() {
        const columns = {};
        for (const [key, v] of this.values) {
            while (v.length < this.row)
                v.push(null);
            columns[key] = { kind: 'loose', values: v };
        }
        return { rows: this.row, names: [...this.values.keys()], columns };
    }
}
/** The general path: every part as plain values, types inferred over the whole table (as in v1). */
async function digestTableLoose(runDir, relPath, name) {
    const located = tableFiles(runDir, relPath, name);
    const columns = new Map();
    let rows = 0;
    for (const file of located.files) {
        const where = displayPath(file);
        const part = await readPart(located.format, await readBytes(file), where);
        for (const n of part.names) {
            let target = columns.get(n);
            if (!target)
                columns.set(n, (target = []));
            while (target.length < rows)
                target.push(null);
            const c = part.columns[n];
            for (let k = 0; k < part.rows; k++)
                target.push(looseCell(c, k));
        }
        rows += part.rows;
    }
    const digests = new Map();
    for (const [n, values] of columns) {
        while (values.length < rows)
            values.push(null);
        const d = new ColumnDigest();
        // As a part of its own: the column's type is settled (and named in its digest) as when streamed.
        d.push({ kind: 'loose', values }, rows);
        digests.set(n, d);
    }
    return finishTable(rows, digests);
}
function looseCell(c, k) {
    if (c.kind === 'loose')
        return c.values[k];
    if (c.nulls?.[k])
        return null;
    if (c.kind === 'number')
        return c.big?.get(k) ?? c.values[k];
    if (c.kind === 'bool')
        return c.values[k] === 1;
    if (c.kind === 'codes')
        return c.dictionary.get(c.codes[k]);
    return c.strings.get(k);
}
function inferType(values) {
    let numbers = 0;
    let bools = 0;
    let nonNull = 0;
    for (const v of values) {
        if (v === null || v === undefined)
            continue;
        nonNull++;
        if (typeof v === 'number' || typeof v === 'bigint')
            numbers++;
        else if (typeof v === 'boolean')
            bools++;
        else if (typeof v === 'string') {
            if (NUMBER_TEXT.test(v))
                numbers++;
            else if (BOOL_TEXT.test(v))
                bools++;
        }
    }
    if (nonNull === 0)
        return 'null';
    if (numbers === nonNull)
        return 'number';
    if (bools === nonNull)
        return 'bool';
    return 'string';
}
const BOOL_TEXT = /^(true|false)$/i;
function asText(v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean')
        return String(v);
    if (v instanceof Date)
        return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
    if (v instanceof Uint8Array)
        return `bytes:${Buffer.from(v).toString('base64')}`;
    return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x)) ?? String(v);
}
const CHUNK = 1 << 16;
const ZEROS = new Uint8Array(CHUNK);
/** The three streams of one column (see outputsDigest), fed part by part. */
class ColumnDigest {
    type;
    mask = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    values = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    extra = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    lengths = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    lengthBuffer = Buffer.alloc(4);
    nonNull = 0;
    out = Buffer.alloc(CHUNK + 16);
    used = 0;
    /** Fixes the column type on the first non-null part; a later part of another type needs the loose path. */
    settle(partType, alternatives = []) {
        if (partType === 'null')
            return this.type ?? 'null';
        if (this.type === undefined || this.type === 'null') {
            this.type = partType;
            return partType;
        }
        if (this.type === partType || alternatives.includes(this.type))
            return this.type;
        throw new TypeShift();
    }
    push(c, rows) {
        if (c.kind === 'loose') {
            const t = inferType(c.values);
            // Loose text columns can still join typed parts as numbers or bools.
            return this.pushLoose(c.values, this.settle(t));
        }
        if (c.kind === 'codes' && !(codedText(c, rows) === 'string' && this.settle('string') === 'string')) {
            // Cells that read as numbers or booleans: the general text path decides, cell by cell.
            return this.push(codesAsStrings(c), rows);
        }
        this.pushMask(c.nulls, c.nullCount, rows);
        const present = rows - c.nullCount;
        if (present === 0)
            return;
        if (c.kind === 'codes')
            return this.pushCodedStrings(c, rows);
        if (c.kind === 'number') {
            this.settle('number');
            this.pushNumbers(c.values, c.nulls, c.nullCount > 0, c.big, c.physical === 'INT32' || c.physical === 'INT64');
        }
        else if (c.kind === 'bool') {
            this.settle('bool');
            for (let k = 0; k < rows; k++)
                if (!(c.nullCount > 0 && c.nulls?.[k]))
                    this.byte(c.values[k]);
        }
        else {
            const natural = classifyStrings(c, rows);
            const type = this.settle(natural, natural === 'string' ? [] : ['string']);
            if (type !== 'number')
                forgetNumbersOfCells(c.strings.data);
            const bytes = c.strings;
            if (type === 'string' && c.nullCount === 0) {
                // Whole part at once: its lengths, then its bytes (the same streams as cell by cell).
                const lengths = new Uint32Array(rows);
                const offsets = bytes.offsets;
                for (let k = 0; k < rows; k++)
                    lengths[k] = offsets[k + 1] - offsets[k];
                this.flush();
                this.lengths.update(new Uint8Array(lengths.buffer));
                this.values.update(bytes.data.subarray(0, bytes.offsets[rows]));
                this.nonNull += rows;
                return;
            }
            const { data, offsets } = bytes;
            const numbers = type === 'number' ? numbersOfCells(data, offsets, rows, c.numbers) : undefined;
            if (numbers && !hasLongIntegerText(data, offsets, numbers, c.nulls, c.nullCount > 0)) {
                // Every cell's number is Number(text): the typed stream, as for a Parquet double column.
                this.pushNumbers(numbers, c.nulls, c.nullCount > 0);
                forgetNumbersOfCells(data);
                return;
            }
            for (let k = 0; k < rows; k++) {
                if (c.nullCount > 0 && c.nulls?.[k])
                    continue;
                const start = offsets[k];
                const end = offsets[k + 1];
                if (type === 'string')
                    this.bytes(data, start, end);
                else if (type === 'bool')
                    this.byte(boolTextValue(data, start, end) === 1 ? 1 : 0);
                else if (end - start <= 15 || numberTextKind(data, start, end) === DECIMAL_TEXT) {
                    // Integer text up to 15 characters is exact as a double; other number text is Number(text).
                    this.number(numbers[k]);
                }
                else
                    this.number(bytes.get(k));
            }
            if (numbers)
                forgetNumbersOfCells(data);
        }
    }
    /**
     * The string streams of a coded column: each non-null row's length and bytes, from its dictionary
     * entry, made and hashed a chunk of rows at a time in buffers that stay in cache.
     */
    pushCodedStrings(c, rows) {
        this.flush();
        const entries = new CodedEntries(c.dictionary.finish());
        const nulls = c.nullCount > 0 ? c.nulls : undefined;
        const lengths = new Uint32Array(CODED_ROWS);
        const bytes = new Uint8Array(CODED_ROWS * entries.longest + 8);
        for (let from = 0; from < rows; from += CODED_ROWS) {
            const to = Math.min(rows, from + CODED_ROWS);
            const { count, used } = entries.streams(c.codes, from, to, nulls, lengths, bytes);
            this.values.update(bytes.subarray(0, used));
            this.lengths.update(new Uint8Array(lengths.buffer, 0, count * 4));
            this.nonNull += count;
        }
    }
    pushLoose(values, type) {
        const nulls = new Uint8Array(values.length);
        let nullCount = 0;
        for (let k = 0; k < values.length; k++) {
            if (values[k] === null || values[k] === undefined) {
                nulls[k] = 1;
                nullCount++;
            }
        }
        this.pushMask(nulls, nullCount, values.length);
        for (let k = 0; k < values.length; k++) {
            const v = values[k];
            if (nulls[k])
                continue;
            if (type === 'number')
                this.number(v);
            else if (type === 'bool')
                this.byte(typeof v === 'boolean' ? (v ? 1 : 0) : BOOL_TRUE.test(v) ? 1 : 0);
            else {
                const text = Buffer.from(asText(v), 'utf8');
                this.bytes(text, 0, text.length);
            }
        }
    }
    pushMask(nulls, nullCount, rows) {
        if (nullCount > 0 && nulls) {
            this.mask.update(nulls.subarray(0, rows));
            return;
        }
        for (let k = 0; k < rows; k += CHUNK)
            this.mask.update(ZEROS.subarray(0, Math.min(CHUNK, rows - k)));
    }
    /** `integral`: Parquet integers, never -0 or NaN, and those beyond 2^53 are in `big`: nothing to look for. */
    pushNumbers(values, nulls, hasNulls, big, integral = false) {
        const n = values.length;
        // Fast path: no nulls, nothing to canonicalize: the float64 buffer is the stream.
        let clean = !hasNulls && !(big && big.size > 0);
        if (clean && !integral) {
            for (let k = 0; k < n; k++) {
                const v = values[k];
                // -0, NaN and integers beyond 2^53 need their canonical form (every double past ±(2^53−1) is an
                // integer or ±Infinity; Infinity takes the slow path too and comes out the same). One comparison
                // refuses NaN too, and Object.is tests the sign bit: a third faster than 1 / v < 0 on zeros.
                if (!(Math.abs(v) <= Number.MAX_SAFE_INTEGER) || Object.is(v, -0)) {
                    clean = false;
                    break;
                }
            }
        }
        if (clean) {
            this.flush();
            this.values.update(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
            this.nonNull += n;
            return;
        }
        for (let k = 0; k < n; k++) {
            if (hasNulls && nulls?.[k])
                continue;
            const b = big?.get(k);
            this.number(b ?? values[k]);
        }
    }
    number(v) {
        let x;
        let exact;
        if (typeof v === 'bigint') {
            x = Number(v);
            if (!Number.isSafeInteger(x))
                exact = v;
        }
        else if (typeof v === 'string') {
            if (INT_TEXT.test(v)) {
                const b = BigInt(v);
                x = Number(b);
                if (!Number.isSafeInteger(x))
                    exact = b;
            }
            else
                x = Number(v);
        }
        else
            x = v;
        if (exact === undefined && Number.isInteger(x) && !Number.isSafeInteger(x))
            exact = BigInt(x);
        if (exact !== undefined) {
            this.extra.update(`${this.nonNull}:${exact}\n`);
            x = 0;
        }
        if (x === 0)
            x = 0; // -0 → 0
        if (this.used + 8 > CHUNK)
            this.flush();
        this.out.writeDoubleLE(Number.isNaN(x) ? NaN : x, this.used);
        this.used += 8;
        this.nonNull++;
    }
    byte(b) {
        if (this.used + 1 > CHUNK)
            this.flush();
        this.out[this.used++] = b;
        this.nonNull++;
    }
    bytes(data, start, end) {
        const length = end - start;
        if (this.used + length > CHUNK)
            this.flush();
        this.lengthBuffer.writeUInt32LE(length, 0);
        this.lengths.update(this.lengthBuffer);
        if (length > CHUNK)
            this.values.update(data.subarray(start, end));
        else {
            this.out.set(data.subarray(start, end), this.used);
            this.used += length;
        }
        this.nonNull++;
    }
    flush() {
        if (this.used > 0)
            this.values.update(this.out.subarray(0, this.used));
        this.used = 0;
    }
    finish() {
        this.flush();
        return `${this.type ?? 'null'} ${this.mask.digest('hex')} ${this.values.digest('hex')} ${this.extra.digest('hex')} ${this.lengths.digest('hex')}`;
    }
}
const BOOL_TRUE = /^true$/i;
/** True when a non-null cell is integer text beyond 15 characters (its digest needs the exact integer). */
function hasLongIntegerText(data, offsets, numbers, nulls, hasNulls) {
    for (let k = 0; k < numbers.length; k++) {
        if (offsets[k + 1] - offsets[k] <= 15 || !Number.isInteger(numbers[k]) || (hasNulls && nulls?.[k]))
            continue;
        if (numberTextKind(data, offsets[k], offsets[k + 1]) === INTEGER_TEXT)
            return true;
    }
    return false;
}
/** Rows of a coded column per chunk of its digest streams: 64 KB of lengths. */
const CODED_ROWS = 1 << 14;
/**
 * 'string' when some used dictionary entry of a coded column is neither number nor true/false text
 * (then the column is text whatever else it holds); otherwise undefined, and classifyStrings decides.
 */
function codedText(c, rows) {
    const { data, offsets } = c.dictionary;
    const isText = (k) => numberTextKind(data, offsets[k], offsets[k + 1]) === NOT_NUMBER && boolTextValue(data, offsets[k], offsets[k + 1]) < 0;
    let allText = rows > c.nullCount;
    for (let k = 0; k < c.dictionary.count && allText; k++)
        allText = isText(k);
    if (allText)
        return 'string'; // whichever entries are used (no pass over the rows)
    const used = new Uint8Array(c.dictionary.count);
    for (let r = 0; r < rows; r++)
        if (!(c.nullCount > 0 && c.nulls?.[r]))
            used[c.codes[r]] = 1;
    for (let k = 0; k < used.length; k++)
        if (used[k] && isText(k))
            return 'string';
    return undefined;
}
/** The natural type of a text column part: number if every value is numeric text, bool if every one is true/false. */
function classifyStrings(c, rows) {
    let numbers = 0;
    let bools = 0;
    let present = 0;
    const { data, offsets } = c.strings;
    const nulls = c.nullCount > 0 ? c.nulls : undefined;
    let first = 0;
    while (first < rows && nulls?.[first])
        first++;
    if (first < rows && numberTextKind(data, offsets[first], offsets[first + 1]) !== NOT_NUMBER) {
        // Looks numeric: the parsed values (which the digest then streams) say which cells are number text.
        const values = numbersOfCells(data, offsets, rows, c.numbers);
        for (let k = first; k < rows; k++)
            if (values[k] !== values[k] && !nulls?.[k])
                return 'string';
        return 'number';
    }
    for (let k = 0; k < rows; k++) {
        if (c.nullCount > 0 && c.nulls?.[k])
            continue;
        present++;
        if (numberTextKind(data, offsets[k], offsets[k + 1]) !== NOT_NUMBER)
            numbers++;
        else if (boolTextValue(data, offsets[k], offsets[k + 1]) >= 0)
            bools++;
        if (numbers < present && bools < present)
            return 'string';
    }
    if (present === 0)
        return 'null';
    return numbers === present ? 'number' : 'bool';
}

;// CONCATENATED MODULE: ./src/metrics/definitions.ts
/**
 * Metric kind (as named in the policy) -> the id of the exact definition used. The id is recorded next
 * to every value so a certificate says which formula produced it; docs/metrics.md states each one.
 * Change a definition only together with its id.
 */
const DEFINITIONS = {
    count: 'count/rows',
    share: 'share/event-rows-over-rows',
    mean: 'mean/arithmetic-compensated-sum',
    std: 'std/population-ddof-0',
    cv: 'cv/population-std-over-mean',
    median: 'median/hyndman-fan-type-7',
    quantile: 'quantile/hyndman-fan-type-7',
    quantile_ratio: 'quantile_ratio/hyndman-fan-type-7-ratio',
    gini: 'gini/population-sorted-weights',
    top_share: 'top_share/largest-ceil-f-n-over-total',
    spearman: 'spearman/pearson-of-average-ranks',
    pearson: 'pearson/product-moment',
    ratio_quantile: 'ratio_quantile/hyndman-fan-type-7-nonzero-denominator',
    rate_difference: 'rate_difference/share-a-minus-share-b-scaled',
    distinct_count: 'distinct_count/composite-key-nulls-equal',
    duplicate_count: 'duplicate_count/rows-minus-distinct-keys',
    null_rate: 'null_rate/null-rows-over-rows',
    min_difference: 'min_difference/rowwise',
    max_difference: 'max_difference/rowwise',
    // Run-level kinds are computed by src/scoring (no arrays involved); their ids live here too so the
    // vocabulary is complete in one place.
    required_outputs_present: 'required_outputs_present/v1',
    replay_determinism: 'replay_determinism/outputs-digest-equal/v1'
};

;// CONCATENATED MODULE: ./src/metrics/guards.ts
/**
 * Input checks shared by the metrics. Data problems (non-finite values, bad signs) become undefined
 * results with a reason; caller bugs (bad parameters, mismatched lengths) throw RangeError, because
 * the policy schema already validated parameters and the scoring module builds paired arrays itself.
 */
/** Reason text when some value is NaN or ±Infinity, else null. */
function nonFiniteReason(x, label = 'input') {
    for (let i = 0; i < x.length; i++) {
        if (!Number.isFinite(x[i]))
            return `${label} has a non-finite value (${x[i]}) at row ${i}`;
    }
    return null;
}
/** Reason text when some value is negative, else null. */
function negativeReason(x) {
    for (let i = 0; i < x.length; i++) {
        if (x[i] < 0)
            return `needs non-negative values, found ${x[i]} at row ${i}`;
    }
    return null;
}
function requireProbability(q, name) {
    if (!(q >= 0 && q <= 1))
        throw new RangeError(`${name} must be within [0, 1], got ${q}`);
}
function requireSameLength(a, b, what) {
    if (a.length !== b.length)
        throw new RangeError(`${what}: paired arrays differ in length (${a.length} vs ${b.length})`);
}
/** Counts are whole, non-negative numbers (row counts). */
function requireCount(n, name) {
    if (!Number.isSafeInteger(n) || n < 0)
        throw new RangeError(`${name} must be a non-negative integer, got ${n}`);
}
function isConstant(x) {
    for (let i = 1; i < x.length; i++)
        if (x[i] !== x[0])
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/metrics/result.ts
const ok = (value, definition) => Number.isFinite(value)
    ? { status: 'ok', value, definition }
    : { status: 'undefined', reason: `non-finite result (${value})`, definition };
const undef = (reason, definition) => ({ status: 'undefined', reason, definition });

;// CONCATENATED MODULE: ./src/metrics/counts.ts



function count(n) {
    requireCount(n, 'count');
    return ok(n, DEFINITIONS.count);
}
function requireEventWithin(event, total, what) {
    requireCount(event, `${what} event count`);
    requireCount(total, `${what} total`);
    if (event > total)
        throw new RangeError(`${what}: event count ${event} exceeds total ${total}`);
}
/** event / total, e.g. the share of rows matching a filter; undefined when total is 0. */
function shareOf(event, total) {
    requireEventWithin(event, total, 'share');
    const id = DEFINITIONS.share;
    if (total === 0)
        return undef('no rows', id);
    return ok(event / total, id);
}
/** nullCount / rows; undefined when there are no rows. */
function nullRate(nullCount, rows) {
    requireEventWithin(nullCount, rows, 'null rate');
    const id = DEFINITIONS.null_rate;
    if (rows === 0)
        return undef('no rows', id);
    return ok(nullCount / rows, id);
}
/**
 * (eventInA/totalA − eventInB/totalB) × scale, e.g. scale 100 for percentage points. Computed as
 * (eventInA·totalB − eventInB·totalA) / (totalA·totalB) while those products are exact integers, so equal
 * rates give exactly 0 and close rates do not lose digits to cancellation.
 */
function rateDifference(eventInA, totalA, eventInB, totalB, scale) {
    requireEventWithin(eventInA, totalA, 'stratum a');
    requireEventWithin(eventInB, totalB, 'stratum b');
    if (!(Number.isFinite(scale) && scale > 0))
        throw new RangeError(`scale must be a positive number, got ${scale}`);
    const id = DEFINITIONS.rate_difference;
    if (totalA === 0)
        return undef('stratum a has no rows', id);
    if (totalB === 0)
        return undef('stratum b has no rows', id);
    const cross = [eventInA * totalB, eventInB * totalA, totalA * totalB];
    const difference = cross.every(Number.isSafeInteger)
        ? (cross[0] - cross[1]) / cross[2]
        : eventInA / totalA - eventInB / totalB;
    return ok(difference * scale, id);
}

;// CONCATENATED MODULE: ./src/metrics/sum.ts
/**
 * Compensated (Neumaier) summation: long sums keep ~1 ulp of accuracy instead of drifting with n, so
 * our sums agree with numpy's pairwise sums (and with the exact sum) far inside 1e-12 relative.
 */
class NeumaierSum {
    sum = 0;
    compensation = 0;
    add(v) {
        const t = this.sum + v;
        // The rounding error of `sum + v` is recovered exactly from whichever operand is larger.
        if (Math.abs(this.sum) >= Math.abs(v))
            this.compensation += this.sum - t + v;
        else
            this.compensation += v - t + this.sum;
        this.sum = t;
    }
    value() {
        return this.sum + this.compensation;
    }
}
function neumaierSum(x) {
    const acc = new NeumaierSum();
    for (let i = 0; i < x.length; i++)
        acc.add(x[i]);
    return acc.value();
}

;// CONCATENATED MODULE: ./src/metrics/moments.ts




/** Σx/n with a compensated sum; caller guarantees n > 0. */
function meanOf(x) {
    return neumaierSum(x) / x.length;
}
/**
 * Population variance Σ(x−m)²/n by the corrected two-pass algorithm: the second term removes the error
 * left by rounding the mean, so nearly constant data (large mean, tiny spread) keeps its digits.
 * Exactly 0 for constant data. Caller guarantees n > 0 and finite values.
 */
function populationVarianceOf(x) {
    if (isConstant(x))
        return 0;
    const n = x.length;
    const m = meanOf(x);
    const squares = new NeumaierSum();
    const deviations = new NeumaierSum();
    for (let i = 0; i < n; i++) {
        const d = x[i] - m;
        squares.add(d * d);
        deviations.add(d);
    }
    const s = deviations.value();
    return Math.max(0, (squares.value() - (s * s) / n) / n);
}
function mean(x) {
    const id = DEFINITIONS.mean;
    if (x.length === 0)
        return undef('no rows', id);
    const bad = nonFiniteReason(x);
    if (bad)
        return undef(bad, id);
    return ok(meanOf(x), id);
}
/** Population standard deviation (ddof 0), like numpy.std. */
function std(x) {
    const id = DEFINITIONS.std;
    if (x.length === 0)
        return undef('no rows', id);
    const bad = nonFiniteReason(x);
    if (bad)
        return undef(bad, id);
    return ok(Math.sqrt(populationVarianceOf(x)), id);
}
/** Coefficient of variation std(ddof 0)/mean, like scipy.stats.variation; keeps the sign of the mean. */
function cv(x) {
    const id = DEFINITIONS.cv;
    if (x.length === 0)
        return undef('no rows', id);
    const bad = nonFiniteReason(x);
    if (bad)
        return undef(bad, id);
    const m = meanOf(x);
    if (m === 0)
        return undef('mean is 0', id);
    return ok(Math.sqrt(populationVarianceOf(x)) / m, id);
}

;// CONCATENATED MODULE: ./src/metrics/quantile.ts



/** Ascending copy; the input is never reordered. */
function sortedCopy(x) {
    return Float64Array.from(x).sort();
}
/**
 * Hyndman–Fan type 7 on an ascending, non-empty array: h = (n−1)·q, interpolate between the order
 * statistics around h. Mirrors numpy's `linear` method step by step (including its two-sided lerp,
 * which is exact at both ends), so results match np.quantile to the last bit or close to it.
 */
function quantileSorted(sorted, q) {
    const n = sorted.length;
    const h = (n - 1) * q;
    if (h >= n - 1)
        return sorted[n - 1];
    const lo = Math.floor(h);
    const gamma = h - lo;
    const a = sorted[lo];
    if (gamma === 0)
        return a;
    const b = sorted[lo + 1];
    const diff = b - a;
    return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}
function quantile(x, q) {
    requireProbability(q, 'q');
    const id = DEFINITIONS.quantile;
    if (x.length === 0)
        return undef('no rows', id);
    const bad = nonFiniteReason(x);
    if (bad)
        return undef(bad, id);
    return ok(quantileSorted(sortedCopy(x), q), id);
}
/** The type-7 quantile at 0.5 (for even n: the midpoint of the two middle values). */
function median(x) {
    const id = DEFINITIONS.median;
    if (x.length === 0)
        return undef('no rows', id);
    const bad = nonFiniteReason(x);
    if (bad)
        return undef(bad, id);
    return ok(quantileSorted(sortedCopy(x), 0.5), id);
}
/** quantile(upper) / quantile(lower), e.g. P95/P05; undefined (never Infinity) when the lower one is 0. */
function quantileRatio(x, upper, lower) {
    requireProbability(upper, 'upper');
    requireProbability(lower, 'lower');
    const id = DEFINITIONS.quantile_ratio;
    if (x.length === 0)
        return undef('no rows', id);
    const bad = nonFiniteReason(x);
    if (bad)
        return undef(bad, id);
    const sorted = sortedCopy(x);
    const denominator = quantileSorted(sorted, lower);
    if (denominator === 0)
        return undef(`lower quantile (q=${lower}) is 0`, id);
    return ok(quantileSorted(sorted, upper) / denominator, id);
}
/** Type-7 quantile of num[i]/den[i] over the rows where den[i] ≠ 0. */
function ratioQuantile(num, den, q) {
    requireProbability(q, 'q');
    requireSameLength(num, den, 'ratioQuantile');
    const id = DEFINITIONS.ratio_quantile;
    const bad = nonFiniteReason(num, 'numerator') ?? nonFiniteReason(den, 'denominator');
    if (bad)
        return undef(bad, id);
    const ratios = [];
    for (let i = 0; i < den.length; i++) {
        if (den[i] === 0)
            continue;
        const r = num[i] / den[i];
        // A finite value over a tiny denominator can overflow; fail closed rather than rank an Infinity.
        if (!Number.isFinite(r))
            return undef(`ratio overflows at row ${i} (${num[i]} / ${den[i]})`, id);
        ratios.push(r);
    }
    if (ratios.length === 0)
        return undef(num.length === 0 ? 'no rows' : 'every denominator is 0', id);
    return ok(quantileSorted(sortedCopy(ratios), q), id);
}

;// CONCATENATED MODULE: ./src/metrics/concentration.ts





/** Shared preconditions of the concentration metrics: rows, finite, non-negative, positive total. */
function concentrationInputProblem(x) {
    if (x.length === 0)
        return 'no rows';
    return nonFiniteReason(x) ?? negativeReason(x);
}
/**
 * Gini, population form: Σ(2i−n−1)·x₍ᵢ₎ / (n·Σx), x ascending, i = 1..n (no n/(n−1) factor).
 * The numerator is evaluated as the identical sum Σₖ k(n−k)·(x₍ₖ₊₁₎ − x₍ₖ₎), k = 1..n−1: every term is
 * non-negative, so nothing cancels and nearly equal values still get an accurate (small) Gini.
 * Range [0, 1 − 1/n].
 */
function gini(x) {
    const id = DEFINITIONS.gini;
    const problem = concentrationInputProblem(x);
    if (problem)
        return undef(problem, id);
    const sorted = sortedCopy(x);
    const n = sorted.length;
    const total = neumaierSum(sorted);
    if (total === 0)
        return undef('total is 0', id);
    const numerator = new NeumaierSum();
    for (let k = 1; k < n; k++)
        numerator.add(k * (n - k) * (sorted[k] - sorted[k - 1]));
    return ok(numerator.value() / (n * total), id);
}
/**
 * How many values the top `fraction` covers: ⌈fraction·n⌉, clamped to [1, n]. A product within 1e-9
 * relative above a whole number counts as that number, so a decimal fraction such as 0.1 (stored as
 * 0.1000000000000000055…) of 30 rows is 3 rows, not 4.
 */
function topCount(fraction, n) {
    const product = fraction * n;
    const k = Math.ceil(product - product * 1e-9);
    return Math.min(n, Math.max(1, k));
}
/** Sum of the largest ⌈fraction·n⌉ values / sum of all values. */
function topShare(x, fraction) {
    if (!(fraction > 0 && fraction <= 1))
        throw new RangeError(`fraction must be within (0, 1], got ${fraction}`);
    const id = DEFINITIONS.top_share;
    const problem = concentrationInputProblem(x);
    if (problem)
        return undef(problem, id);
    const sorted = sortedCopy(x);
    const n = sorted.length;
    const total = neumaierSum(sorted);
    if (total === 0)
        return undef('total is 0', id);
    const k = topCount(fraction, n);
    if (k === n)
        return ok(1, id);
    const top = new NeumaierSum();
    for (let i = n - k; i < n; i++)
        top.add(sorted[i]);
    return ok(top.value() / total, id);
}

;// CONCATENATED MODULE: ./src/metrics/correlation.ts





/**
 * 1-based average ranks (midranks): tied values share the mean of the ranks they occupy, like
 * scipy.stats.rankdata(method='average'). Throws RangeError on NaN, which has no rank.
 */
function averageRanks(x) {
    const n = x.length;
    for (let i = 0; i < n; i++)
        if (Number.isNaN(x[i]))
            throw new RangeError(`averageRanks: NaN at row ${i}`);
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b] || a - b);
    const ranks = new Float64Array(n);
    let start = 0;
    while (start < n) {
        let end = start + 1;
        // -0 and 0 tie, as they do in numpy.
        while (end < n && x[order[end]] === x[order[start]])
            end++;
        const rank = (start + 1 + end) / 2; // mean of the ranks start+1 .. end
        for (let j = start; j < end; j++)
            ranks[order[j]] = rank;
        start = end;
    }
    return ranks;
}
const MIN_NORMAL = 2.2250738585072014e-308;
/** Shared preconditions of the correlations; null when the pair is usable. */
function pairProblem(x, y) {
    if (x.length < 2)
        return `needs at least 2 rows, got ${x.length}`;
    const bad = nonFiniteReason(x, 'x') ?? nonFiniteReason(y, 'y');
    if (bad)
        return bad;
    if (isConstant(x))
        return 'x is constant (zero variance)';
    if (isConstant(y))
        return 'y is constant (zero variance)';
    return null;
}
/**
 * Product-moment correlation Σdx·dy / √(Σdx²·Σdy²) of finite, non-constant, paired arrays, by a
 * corrected two-pass: deviations from the rounded means, minus the small bias that rounding left.
 * Clamped to [−1, 1] like scipy.
 */
function correlationOf(x, y) {
    const n = x.length;
    const mx = meanOf(x);
    const my = meanOf(y);
    const sx = new NeumaierSum();
    const sy = new NeumaierSum();
    const sxx = new NeumaierSum();
    const syy = new NeumaierSum();
    const sxy = new NeumaierSum();
    for (let i = 0; i < n; i++) {
        const dx = x[i] - mx;
        const dy = y[i] - my;
        sx.add(dx);
        sy.add(dy);
        sxx.add(dx * dx);
        syy.add(dy * dy);
        sxy.add(dx * dy);
    }
    const biasX = sx.value();
    const biasY = sy.value();
    const cxx = sxx.value() - (biasX * biasX) / n;
    const cyy = syy.value() - (biasY * biasY) / n;
    const cxy = sxy.value() - (biasX * biasY) / n;
    // Distinct values whose squared deviations underflow (subnormals) leave no usable variance.
    if (!(cxx > 0 && cyy > 0))
        return null;
    // One square root of the product rounds least (perfectly aligned data gives exactly ±1); two roots
    // only when the product would overflow or lose bits as a subnormal.
    const product = cxx * cyy;
    const scale = Number.isFinite(product) && product >= MIN_NORMAL ? Math.sqrt(product) : Math.sqrt(cxx) * Math.sqrt(cyy);
    const r = cxy / scale;
    return Math.max(-1, Math.min(1, r));
}
function correlationResult(r, id) {
    return r === null ? undef('variance underflows to 0 in float64', id) : ok(r, id);
}
function pearson(x, y) {
    requireSameLength(x, y, 'pearson');
    const id = DEFINITIONS.pearson;
    const problem = pairProblem(x, y);
    if (problem)
        return undef(problem, id);
    return correlationResult(correlationOf(x, y), id);
}
/** Pearson correlation of the average ranks, like scipy.stats.spearmanr. */
function spearman(x, y) {
    requireSameLength(x, y, 'spearman');
    const id = DEFINITIONS.spearman;
    const problem = pairProblem(x, y);
    if (problem)
        return undef(problem, id);
    return correlationResult(correlationOf(averageRanks(x), averageRanks(y)), id);
}

;// CONCATENATED MODULE: ./src/metrics/keys.ts


/**
 * Encodes one cell so that values of different types never collide (1, '1' and true are three keys)
 * and concatenated cells stay unambiguous (strings are length-prefixed). -0 and 0 are one key; null
 * is its own key, equal to other nulls (SQL DISTINCT / pandas drop_duplicates semantics).
 */
function encodeCell(v) {
    if (v === null)
        return 'z';
    if (typeof v === 'string')
        return `s${v.length}:${v}`;
    if (typeof v === 'boolean')
        return v ? 'bT' : 'bF';
    return `n${v === 0 ? 0 : v};`;
}
/** Why the key columns cannot be keyed (a non-finite number), else null; throws on a caller bug. */
function keyProblem(columns) {
    if (columns.length === 0)
        throw new RangeError('distinct keys need at least one column');
    const rows = columns[0].length;
    for (const c of columns) {
        if (c.length !== rows)
            throw new RangeError(`key columns differ in length (${rows} vs ${c.length})`);
    }
    for (let j = 0; j < columns.length; j++) {
        const c = columns[j];
        for (let i = 0; i < c.length; i++) {
            const v = c[i];
            if (typeof v === 'number' && !Number.isFinite(v))
                return `key column ${j} has a non-finite value (${v}) at row ${i}`;
        }
    }
    return null;
}
function distinctKeys(columns) {
    const rows = columns[0].length;
    const only = columns[0];
    // A single typed column needs no encoding: a Set of numbers already treats -0 and 0 as one.
    if (columns.length === 1 && (only instanceof Float64Array || only instanceof Uint8Array))
        return new Set(only).size;
    const seen = new Set();
    for (let i = 0; i < rows; i++) {
        let key = '';
        for (const c of columns)
            key += encodeCell(c[i]);
        seen.add(key);
    }
    return seen.size;
}
/** Number of distinct keys (one column or a composite of several) among the rows. */
function distinctCount(columns) {
    const id = DEFINITIONS.distinct_count;
    const problem = keyProblem(columns);
    if (problem)
        return undef(problem, id);
    return ok(distinctKeys(columns), id);
}
/** Rows whose key already appeared in an earlier row: rows − distinct keys. */
function duplicateCount(columns) {
    const id = DEFINITIONS.duplicate_count;
    const problem = keyProblem(columns);
    if (problem)
        return undef(problem, id);
    return ok(columns[0].length - distinctKeys(columns), id);
}

;// CONCATENATED MODULE: ./src/metrics/difference.ts



function extremeDifference(a, b, pick) {
    requireSameLength(a, b, `${pick}Difference`);
    const id = pick === 'min' ? DEFINITIONS.min_difference : DEFINITIONS.max_difference;
    if (a.length === 0)
        return undef('no rows', id);
    const bad = nonFiniteReason(a, 'minuend') ?? nonFiniteReason(b, 'subtrahend');
    if (bad)
        return undef(bad, id);
    let best = a[0] - b[0];
    for (let i = 1; i < a.length; i++) {
        const d = a[i] - b[i];
        if (pick === 'min' ? d < best : d > best)
            best = d;
    }
    // ok() turns an overflowed difference (±Infinity) into an undefined result.
    return ok(best, id);
}
/** min over rows of a[i] − b[i], e.g. the smallest gap of a case timeline. */
function minDifference(a, b) {
    return extremeDifference(a, b, 'min');
}
/** max over rows of a[i] − b[i]. */
function maxDifference(a, b) {
    return extremeDifference(a, b, 'max');
}

;// CONCATENATED MODULE: ./src/metrics/index.ts
/**
 * The closed metric vocabulary: pure functions over filtered, null-free typed arrays. Every function
 * returns a MetricResult carrying its definition id; undefined cases (no rows, zero variance, zero
 * denominator, values outside the definition's domain, non-finite input) are a status, never NaN or
 * Infinity. Inputs are never mutated. Exact definitions: docs/metrics.md.
 */









;// CONCATENATED MODULE: ./src/metrics/kernels.ts
/**
 * Fast exact kernels for the metric vocabulary, used by the scoring plan when a column's observed
 * domain allows. Each returns the same value as the straightforward metric (src/metrics/*.ts), either
 * bit for bit (order statistics, sums of integers below 2^53, moments by the same operations) or within
 * a few ulps (Spearman from a contingency table sums in another order); the property tests hold them
 * to that. Hot loops avoid unpredictable branches and per-call closures: both cost several times the
 * loop's own work.
 * A kernel returns null when its precondition does not hold, and the caller uses the reference.
 */



/** The largest value range kept as a histogram (8 MB of counts, 32 MB while counting). */
const MAX_HISTOGRAM_RANGE = 1 << 20;
/** The most cells a contingency table may have (32 MB, 64 MB while counting). */
const MAX_CELLS = 1 << 22;
/**
 * The integer domain of the rows that `skip` (a null mask) does not mark, or null when one of them is
 * not an integer within ±2^31 (so `| 0` checks it, the fastest test) or the range is too wide for a
 * histogram. Found once per column, it lets every histogram over any subset of those rows skip its checks.
 */
function intDomain(values, skip) {
    let min = 2147483647;
    let max = -2147483648;
    // Two loops: the common one (no nulls) is faster without the test.
    if (skip) {
        for (let i = 0; i < values.length; i++) {
            if (skip[i])
                continue;
            const v = values[i];
            const k = v | 0;
            if (k !== v)
                return null;
            if (k < min)
                min = k;
            if (k > max)
                max = k;
        }
    }
    else {
        for (let i = 0; i < values.length; i++) {
            const v = values[i];
            const k = v | 0;
            if (k !== v)
                return null;
            if (k < min)
                min = k;
            if (k > max)
                max = k;
        }
    }
    if (min > max)
        return { min: 0, max: -1 };
    return max - min < MAX_HISTOGRAM_RANGE ? { min, max } : null;
}
/**
 * Histogram of the rows with keep[i] = 1 (every row when keep is absent). The kept rows' values must
 * lie in `domain`; the others are never used as an index, so a null's placeholder may hold anything.
 */
function histogramIn(values, domain, keep) {
    const { min } = domain;
    const size = Math.max(0, domain.max - min + 1);
    // Four interleaved histograms (bin·4 + lane): a run of equal values would otherwise make each
    // increment wait for the previous one. A row not kept adds 0 to bin 0, without a branch. The loops
    // are written out: a helper closure, created per call, deoptimizes them on the next call.
    const lanes = new Float64Array(size * 4);
    const x = values;
    const rows = size === 0 ? 0 : x.length;
    const whole = rows - (rows % 4);
    if (keep) {
        for (let i = 0; i < whole; i += 4) {
            lanes[(((x[i] | 0) - min) << 2) & -keep[i]] += keep[i];
            lanes[((((x[i + 1] | 0) - min) << 2) | 1) & -keep[i + 1]] += keep[i + 1];
            lanes[((((x[i + 2] | 0) - min) << 2) | 2) & -keep[i + 2]] += keep[i + 2];
            lanes[((((x[i + 3] | 0) - min) << 2) | 3) & -keep[i + 3]] += keep[i + 3];
        }
        for (let i = whole; i < rows; i++)
            lanes[(((x[i] | 0) - min) << 2) & -keep[i]] += keep[i];
    }
    else {
        for (let i = 0; i < whole; i += 4) {
            lanes[((x[i] | 0) - min) << 2]++;
            lanes[(((x[i + 1] | 0) - min) << 2) | 1]++;
            lanes[(((x[i + 2] | 0) - min) << 2) | 2]++;
            lanes[(((x[i + 3] | 0) - min) << 2) | 3]++;
        }
        for (let i = whole; i < rows; i++)
            lanes[((x[i] | 0) - min) << 2]++;
    }
    const counts = new Float64Array(size);
    for (let b = 0; b < size; b++)
        counts[b] = lanes[4 * b] + lanes[4 * b + 1] + lanes[4 * b + 2] + lanes[4 * b + 3];
    return { min, counts, n: total(counts) };
}
function total(counts) {
    let n = 0;
    for (let b = 0; b < counts.length; b++)
        n += counts[b];
    return n;
}
/** The order statistic of 0-based rank r (x₍ᵣ₊₁₎ ascending) from a histogram. */
function orderStatistic(h, r) {
    let cumulative = 0;
    for (let b = 0; b < h.counts.length; b++) {
        cumulative += h.counts[b];
        if (r < cumulative)
            return h.min + b;
    }
    return h.min + h.counts.length - 1;
}
/** Type-7 quantile from order statistics, step for step as quantileSorted. */
function type7(n, q, at) {
    const h = (n - 1) * q;
    if (h >= n - 1)
        return at(n - 1);
    const lo = Math.floor(h);
    const gamma = h - lo;
    const a = at(lo);
    if (gamma === 0)
        return a;
    const b = at(lo + 1);
    const diff = b - a;
    return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}
function histogramQuantile(h, q) {
    return type7(h.n, q, (r) => orderStatistic(h, r));
}
/** Σ value·count, exact while it stays below 2^53 (null otherwise: the caller uses the reference). */
function exactTotal(h) {
    let total = 0;
    for (let b = 0; b < h.counts.length; b++)
        total += (h.min + b) * h.counts[b];
    return Number.isSafeInteger(total) && Math.abs(total) < 2 ** 52 ? total : null;
}
/** Gini (population form) of a non-negative histogram; null when its sums are not exact. */
function histogramGini(h) {
    if (h.n === 0)
        return { undefinedReason: 'no rows' };
    if (h.min < 0)
        return null;
    const total = exactTotal(h);
    if (total === null)
        return null;
    if (total === 0)
        return { undefinedReason: 'total is 0' };
    const n = h.n;
    const numerator = new NeumaierSum();
    // Between ranks k and k+1 the sorted values step only where one value's run ends.
    let k = 0;
    let previous = -1;
    for (let b = 0; b < h.counts.length; b++) {
        const c = h.counts[b];
        if (c === 0)
            continue;
        const v = h.min + b;
        if (previous >= 0)
            numerator.add(k * (n - k) * (v - previous));
        k += c;
        previous = v;
    }
    return { value: numerator.value() / (n * total) };
}
/** Share of the total held by the largest ⌈fraction·n⌉ values of a non-negative histogram. */
function histogramTopShare(h, fraction) {
    if (h.n === 0)
        return { undefinedReason: 'no rows' };
    if (h.min < 0)
        return null;
    const total = exactTotal(h);
    if (total === null)
        return null;
    if (total === 0)
        return { undefinedReason: 'total is 0' };
    const k = topCount(fraction, h.n);
    if (k === h.n)
        return { value: 1 };
    let left = k;
    let top = 0;
    for (let b = h.counts.length - 1; b >= 0 && left > 0; b--) {
        const take = Math.min(left, h.counts[b]);
        top += take * (h.min + b);
        left -= take;
    }
    return { value: top / total };
}
/**
 * Joint counts of the rows with keep[i] = 1 (every row when keep is absent), whose values must lie in
 * the domains; the marginal histograms are sums of the cells. Null when the table would be too large.
 */
function contingencyIn(xs, xDomain, ys, yDomain, keep) {
    const nx = Math.max(0, xDomain.max - xDomain.min + 1);
    const ny = Math.max(0, yDomain.max - yDomain.min + 1);
    if (nx * ny > MAX_CELLS)
        return null;
    const xMin = xDomain.min;
    const yMin = yDomain.min;
    // Two interleaved tables (cell·2 + lane), written out, for the same reasons as in histogramIn.
    const lanes = new Float64Array(nx * ny * 2);
    const rows = nx * ny === 0 ? 0 : xs.length;
    const whole = rows - (rows % 2);
    if (keep) {
        for (let i = 0; i < whole; i += 2) {
            lanes[((((xs[i] | 0) - xMin) * ny + ((ys[i] | 0) - yMin)) << 1) & -keep[i]] += keep[i];
            lanes[(((((xs[i + 1] | 0) - xMin) * ny + ((ys[i + 1] | 0) - yMin)) << 1) | 1) & -keep[i + 1]] += keep[i + 1];
        }
        if (whole < rows)
            lanes[((((xs[whole] | 0) - xMin) * ny + ((ys[whole] | 0) - yMin)) << 1) & -keep[whole]] += keep[whole];
    }
    else {
        for (let i = 0; i < whole; i += 2) {
            lanes[(((xs[i] | 0) - xMin) * ny + ((ys[i] | 0) - yMin)) << 1]++;
            lanes[((((xs[i + 1] | 0) - xMin) * ny + ((ys[i + 1] | 0) - yMin)) << 1) | 1]++;
        }
        if (whole < rows)
            lanes[(((xs[whole] | 0) - xMin) * ny + ((ys[whole] | 0) - yMin)) << 1]++;
    }
    const cells = new Float64Array(nx * ny);
    for (let c = 0; c < cells.length; c++)
        cells[c] = lanes[2 * c] + lanes[2 * c + 1];
    return tableOf(cells, xMin, nx, yMin, ny);
}
/**
 * contingencyIn over the kept rows and, in the same pass, over all rows (the rows not kept land in a
 * second table): for columns without nulls, where every row has a cell.
 */
function contingencySplit(xs, xDomain, ys, yDomain, keep) {
    const nx = Math.max(0, xDomain.max - xDomain.min + 1);
    const ny = Math.max(0, yDomain.max - yDomain.min + 1);
    const size = nx * ny;
    if (size > MAX_CELLS)
        return null;
    const xMin = xDomain.min;
    const yMin = yDomain.min;
    // Cell (keep·size + cell)·2 + lane: two tables, each of two interleaved lanes as in contingencyIn.
    const lanes = new Float64Array(size * 4);
    const rows = size === 0 ? 0 : xs.length;
    const whole = rows - (rows % 2);
    for (let i = 0; i < whole; i += 2) {
        lanes[(keep[i] * size + ((xs[i] | 0) - xMin) * ny + ((ys[i] | 0) - yMin)) << 1]++;
        lanes[((keep[i + 1] * size + ((xs[i + 1] | 0) - xMin) * ny + ((ys[i + 1] | 0) - yMin)) << 1) | 1]++;
    }
    if (whole < rows)
        lanes[(keep[whole] * size + ((xs[whole] | 0) - xMin) * ny + ((ys[whole] | 0) - yMin)) << 1]++;
    const kept = new Float64Array(size);
    const all = new Float64Array(size);
    for (let c = 0; c < size; c++) {
        kept[c] = lanes[2 * (size + c)] + lanes[2 * (size + c) + 1];
        all[c] = kept[c] + lanes[2 * c] + lanes[2 * c + 1];
    }
    return { kept: tableOf(kept, xMin, nx, yMin, ny), all: tableOf(all, xMin, nx, yMin, ny) };
}
/** The same table with the two columns swapped. */
function transpose(t) {
    const nx = t.x.counts.length;
    const cells = new Float64Array(t.cells.length);
    for (let a = 0; a < nx; a++)
        for (let b = 0; b < t.ny; b++)
            cells[b * nx + a] = t.cells[a * t.ny + b];
    return { x: t.y, y: t.x, cells, ny: nx, n: t.n };
}
/** A table from its cells, with the margins summed from them. */
function tableOf(cells, xMin, nx, yMin, ny) {
    const x = new Float64Array(nx);
    const y = new Float64Array(ny);
    for (let a = 0; a < nx; a++) {
        for (let b = 0; b < ny; b++) {
            x[a] += cells[a * ny + b];
            y[b] += cells[a * ny + b];
        }
    }
    const n = total(x);
    return { x: { min: xMin, counts: x, n }, y: { min: yMin, counts: y, n }, cells, ny, n };
}
/**
 * Rows of each dictionary code among the kept rows (every row when keep is absent), split by an event
 * mask: counts[2·code + event]. Kept rows' codes must lie in [0, size); the others are never used.
 */
function eventCountsByCode(codes, size, event, keep) {
    // Two interleaved tables, written out, as in contingencyIn.
    const lanes = new Float64Array(size * 4);
    const rows = size === 0 ? 0 : codes.length;
    const whole = rows - (rows % 2);
    if (keep) {
        for (let i = 0; i < whole; i += 2) {
            lanes[(((codes[i] << 1) | event[i]) << 1) & -keep[i]] += keep[i];
            lanes[((((codes[i + 1] << 1) | event[i + 1]) << 1) | 1) & -keep[i + 1]] += keep[i + 1];
        }
        if (whole < rows)
            lanes[(((codes[whole] << 1) | event[whole]) << 1) & -keep[whole]] += keep[whole];
    }
    else {
        for (let i = 0; i < whole; i += 2) {
            lanes[((codes[i] << 1) | event[i]) << 1]++;
            lanes[((((codes[i + 1] << 1) | event[i + 1]) << 1) | 1)]++;
        }
        if (whole < rows)
            lanes[((codes[whole] << 1) | event[whole]) << 1]++;
    }
    const counts = new Float64Array(size * 2);
    for (let c = 0; c < counts.length; c++)
        counts[c] = lanes[2 * c] + lanes[2 * c + 1];
    return counts;
}
/** 1-based average rank of each histogram value (ties share the mean of their ranks). */
function midranks(h) {
    const ranks = new Float64Array(h.counts.length);
    let before = 0;
    for (let b = 0; b < h.counts.length; b++) {
        const c = h.counts[b];
        ranks[b] = before + (c + 1) / 2;
        before += c;
    }
    return ranks;
}
/**
 * Spearman = Pearson of the midranks, from a contingency table: the mean rank is exactly (n+1)/2, and
 * the sums of squared and crossed deviations run over cells with their counts. Null when a side is
 * constant (the caller's reference path names the reason).
 */
function contingencySpearman(t) {
    const n = t.n;
    if (n < 2)
        return null;
    const mean = (n + 1) / 2;
    const rx = midranks(t.x);
    const ry = midranks(t.y);
    const sxx = new NeumaierSum();
    const syy = new NeumaierSum();
    const sxy = new NeumaierSum();
    for (let a = 0; a < t.x.counts.length; a++) {
        const c = t.x.counts[a];
        if (c === 0)
            continue;
        const d = rx[a] - mean;
        sxx.add(c * d * d);
    }
    for (let b = 0; b < t.y.counts.length; b++) {
        const c = t.y.counts[b];
        if (c === 0)
            continue;
        const d = ry[b] - mean;
        syy.add(c * d * d);
    }
    for (let a = 0; a < t.x.counts.length; a++) {
        if (t.x.counts[a] === 0)
            continue;
        const dx = rx[a] - mean;
        for (let b = 0; b < t.ny; b++) {
            const c = t.cells[a * t.ny + b];
            if (c === 0)
                continue;
            sxy.add(c * dx * (ry[b] - mean));
        }
    }
    const cxx = sxx.value();
    const cyy = syy.value();
    if (!(cxx > 0 && cyy > 0))
        return null;
    const r = sxy.value() / Math.sqrt(cxx * cyy);
    return Math.max(-1, Math.min(1, r));
}
/** Type-7 quantile of num/den over cells with den ≠ 0, each distinct ratio weighted by its count. */
function contingencyRatioQuantile(t, q) {
    const ratios = [];
    const weights = [];
    for (let a = 0; a < t.x.counts.length; a++) {
        for (let b = 0; b < t.ny; b++) {
            const c = t.cells[a * t.ny + b];
            const den = t.y.min + b;
            if (c === 0 || den === 0)
                continue;
            ratios.push((t.x.min + a) / den);
            weights.push(c);
        }
    }
    const order = ratios.map((_, k) => k).sort((i, j) => ratios[i] - ratios[j]);
    let n = 0;
    for (const w of weights)
        n += w;
    if (n === 0)
        return null;
    const cumulative = new Float64Array(order.length);
    let running = 0;
    order.forEach((k, j) => (cumulative[j] = running += weights[k]));
    const at = (r) => {
        let lo = 0;
        let hi = order.length - 1;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (r < cumulative[mid])
                hi = mid;
            else
                lo = mid + 1;
        }
        return ratios[order[lo]];
    };
    return type7(n, q, at);
}
/** A bucket of at most this many values is sorted rather than split further. */
const SORT_AT_MOST = 1 << 12;
/**
 * Order statistics of a float array: exactly the values a full sort would put at those ranks. Large
 * arrays take one pass between sample brackets (selectBracketed), anything else the radix selection.
 * Null when a value is NaN or ±Infinity (the reference names the reason).
 */
function selectRanks(values, ranks) {
    const bracketed = values.length >= BRACKET_FROM ? selectBracketed(values, ranks) : undefined;
    return bracketed === undefined ? selectByWord(values, ranks, 1) : bracketed;
}
/** Arrays from this length on are selected between sample brackets. */
const BRACKET_FROM = 1 << 16;
/** Values in the strided sample that brackets the wanted ranks. */
const SAMPLE = 1 << 14;
/**
 * Selection in one pass (Floyd–Rivest): a strided sample brackets each wanted rank between two values
 * (±4 standard deviations of the sample rank around it); one pass counts the values below each bracket
 * and collects those inside it; the rank is then found among the few collected. Exact whatever the
 * sample: values below a bracket sort before all in it, values above after. Undefined when a bracket
 * misses its rank, or more than two are needed (the caller then uses radix selection); null when a
 * value is NaN or ±Infinity. `size` (at most values.length) is the sample's.
 */
function selectBracketed(values, ranks, size = SAMPLE) {
    const n = values.length;
    const stride = Math.floor(n / size);
    const sample = new Float64Array(size);
    for (let j = 0; j < size; j++)
        sample[j] = values[j * stride];
    sample.sort();
    const brackets = [];
    for (const r of [...new Set(ranks)].sort((a, b) => a - b)) {
        const p = r / (n - 1);
        const spread = Math.ceil(4 * Math.sqrt(size * p * (1 - p))) + 4;
        const from = Math.max(0, Math.floor(p * (size - 1)) - spread);
        const to = Math.min(size - 1, Math.ceil(p * (size - 1)) + spread);
        const last = brackets[brackets.length - 1];
        if (last && from <= last.to) {
            last.to = Math.max(last.to, to);
            last.ranks.push(r);
        }
        else
            brackets.push({ from, to, ranks: [r] });
    }
    if (brackets.length > 2)
        return undefined;
    // The outermost brackets are open-ended, so no value escapes both sides of a bracket at an end.
    const lo = brackets.map((b) => (b.from === 0 ? -Infinity : sample[b.from]));
    const hi = brackets.map((b) => (b.to === size - 1 ? Infinity : sample[b.to]));
    const capacity = brackets.map((b) => Math.min(n, Math.ceil((2 * n * (b.to - b.from + 1)) / size) + 1024));
    const inside = capacity.map((c) => new Float64Array(c));
    const [lo0, lo1] = [lo[0], lo[1] ?? Infinity];
    const [hi0, hi1] = [hi[0], hi[1] ?? -Infinity];
    const [in0, in1] = [inside[0], inside[1] ?? inside[0]];
    const [cap0, cap1] = [capacity[0], capacity[1] ?? 0];
    let below0 = 0;
    let k0 = 0;
    let between = 0;
    let k1 = 0;
    let bad = 0;
    for (let i = 0; i < n; i++) {
        const v = values[i];
        bad |= +(v - v !== 0);
        if (v < lo0)
            below0++;
        else if (v <= hi0) {
            if (k0 < cap0)
                in0[k0] = v;
            k0++;
        }
        else if (v < lo1)
            between++;
        else if (v <= hi1) {
            if (k1 < cap1)
                in1[k1] = v;
            k1++;
        }
    }
    if (bad)
        return null;
    const below = [below0, below0 + k0 + between];
    const counts = [k0, k1];
    const picked = new Map();
    for (let j = 0; j < brackets.length; j++) {
        const local = brackets[j].ranks.map((r) => r - below[j]);
        if (counts[j] > capacity[j] || local.some((r) => r < 0 || r >= counts[j]))
            return undefined;
        const found = selectByWord(inside[j].subarray(0, counts[j]), local, 1);
        brackets[j].ranks.forEach((r, t) => picked.set(r, found[t]));
    }
    return ranks.map((r) => picked.get(r));
}
/** Selection by one 32-bit word of the key: 1 the high word, 0 the low word (the high words being equal). */
function selectByWord(values, ranks, word) {
    const n = values.length;
    const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
    // The word as a signed key in value order (a negative value's bits reverse), by int32 operations only:
    // key = word ^ ((sign & flip) ^ top), sign = −1 for a negative value, else 0.
    const flip = word === 1 ? 0x7fffffff : -1;
    const top = word === 1 ? 0 : 0x80000000 | 0;
    let min = 0x7fffffff;
    let max = -0x80000000;
    for (let i = 0; i < n; i++) {
        const key = words[2 * i + word] ^ ((words[2 * i + 1] >> 31) & flip) ^ top;
        if (key < min)
            min = key;
        if (key > max)
            max = key;
    }
    // An exponent of all ones (NaN, ±Infinity) puts the high word's key beyond every finite value's.
    if (word === 1 && (min < -0x7ff00000 || max >= 0x7ff00000))
        return null;
    let shift = 0;
    while ((max - min) / 2 ** shift >= 65536)
        shift++;
    const counts = new Uint32Array(((max - min) >>> shift) + 1);
    for (let i = 0; i < n; i++) {
        const key = words[2 * i + word] ^ ((words[2 * i + 1] >> 31) & flip) ^ top;
        counts[((key - min) | 0) >>> shift]++;
    }
    const starts = new Float64Array(counts.length + 1);
    for (let b = 0; b < counts.length; b++)
        starts[b + 1] = starts[b] + counts[b];
    const bucketOf = (r) => {
        let lo = 0;
        let hi = counts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (r < starts[mid + 1])
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    };
    const wanted = [...new Set(ranks.map(bucketOf))];
    const slotOf = new Int32Array(counts.length).fill(-1);
    const members = wanted.map((b, slot) => {
        slotOf[b] = slot;
        return new Float64Array(counts[b]);
    });
    const filled = new Int32Array(wanted.length);
    for (let i = 0; i < n; i++) {
        const key = words[2 * i + word] ^ ((words[2 * i + 1] >> 31) & flip) ^ top;
        const slot = slotOf[((key - min) | 0) >>> shift];
        if (slot >= 0)
            members[slot][filled[slot]++] = values[i];
    }
    const picked = new Map();
    wanted.forEach((b, slot) => {
        const inBucket = ranks.filter((r) => bucketOf(r) === b);
        const local = inBucket.map((r) => r - starts[b]);
        const m = members[slot];
        let found;
        if (m.length <= SORT_AT_MOST) {
            m.sort();
            found = local.map((r) => m[r]);
        }
        else if (shift > 0)
            found = selectByWord(m, local, word);
        else if (word === 1)
            found = selectByWord(m, local, 0);
        // The whole 64-bit key is equal: the bucket is one value, repeated.
        else
            found = local.map(() => m[0]);
        inBucket.forEach((r, j) => picked.set(r, found[j]));
    });
    return ranks.map((r) => picked.get(r));
}
/** Type-7 quantiles by selection, as quantileSorted on the sorted array would give them; null as selectRanks. */
function selectQuantiles(values, qs) {
    const n = values.length;
    const ranks = [];
    for (const q of qs) {
        const h = (n - 1) * q;
        const lo = Math.min(n - 1, Math.floor(h));
        ranks.push(lo, Math.min(n - 1, lo + 1));
    }
    const picked = selectRanks(values, ranks);
    if (!picked)
        return null;
    const byRank = new Map();
    ranks.forEach((r, k) => byRank.set(r, picked[k]));
    return qs.map((q) => type7(n, q, (r) => byRank.get(r)));
}
/**
 * Mean and population variance by exactly the reference's operations (meanOf, populationVarianceOf:
 * Neumaier sums, the corrected two-pass), inlined, so both are bit for bit the reference's. Null when
 * there are no values or the sum is not finite (a NaN or ±Infinity makes it so; the reference then
 * names the reason).
 */
function meanAndVariance(x) {
    const n = x.length;
    if (n === 0)
        return null;
    const first = x[0];
    let differs = 0;
    let sum = 0;
    let compensation = 0;
    // Each Neumaier step picks its operands by selection, not by branches: a branch the first iterations
    // never took leaves the loop's optimized code several times slower.
    for (let i = 0; i < n; i++) {
        const v = x[i];
        differs |= +(v !== first);
        const t = sum + v;
        const big = Math.abs(sum) >= Math.abs(v);
        compensation += (big ? sum : v) - t + (big ? v : sum);
        sum = t;
    }
    const mean = (sum + compensation) / n;
    if (!Number.isFinite(mean))
        return null;
    if (!differs)
        return { mean, variance: 0 };
    let squares = 0;
    let squaresCompensation = 0;
    let deviations = 0;
    let deviationsCompensation = 0;
    for (let i = 0; i < n; i++) {
        const d = x[i] - mean;
        const square = d * d;
        let t = squares + square;
        let big = Math.abs(squares) >= Math.abs(square);
        squaresCompensation += (big ? squares : square) - t + (big ? square : squares);
        squares = t;
        t = deviations + d;
        big = Math.abs(deviations) >= Math.abs(d);
        deviationsCompensation += (big ? deviations : d) - t + (big ? d : deviations);
        deviations = t;
    }
    const bias = deviations + deviationsCompensation;
    return { mean, variance: Math.max(0, (squares + squaresCompensation - (bias * bias) / n) / n) };
}
/** Beyond this many sorted runs the merge below costs more than hashing. */
const MAX_SORTED_RUNS = 64;
/**
 * Distinct byte strings among the kept rows, as distinctBytes, when the kept non-null rows are in
 * non-decreasing byte order (ids often are) or form a few runs that each are (parts of sorted ids,
 * some overlapping): equal strings are then adjacent, in one pass comparing each row with the previous
 * one, or meet in a merge of the runs that reads each run in order. Null beyond MAX_SORTED_RUNS runs.
 */
function distinctSortedBytes(data, offsets, keep, nulls) {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const scan = sortedRuns(view, data, offsets, keep, nulls);
    if (!scan)
        return null;
    const distinct = scan.runs.length > 1 ? mergedDistinct(view, data, offsets, scan.runs, keep, nulls) : scan.distinct;
    return distinct + (scan.sawNull ? 1 : 0);
}
/**
 * distinctSortedBytes of a column kept in parts (part p's row i is row i + the rows of the parts before
 * it, in keep and nulls): when each part's kept non-null rows are in non-decreasing byte order and so are
 * the parts (each part's first such row not below the last one before it), counted part by part with
 * one comparison across each boundary, without joining the parts. Null otherwise. A part whose reader
 * saw it sorted (`sortedDistinct`) is taken at its word when every one of its rows counts.
 */
function distinctSortedByteParts(parts, keep, nulls) {
    let distinct = 0;
    let sawNull = false;
    let base = 0;
    let before;
    for (const { data, offsets, sortedDistinct } of parts) {
        const n = offsets.length - 1;
        const partNulls = nulls?.subarray(base, base + n);
        const known = sortedDistinct !== undefined && !keep && !partNulls?.includes(1);
        const scan = known
            ? { runs: n > 0 ? [0] : [], distinct: sortedDistinct, sawNull: false, last: n - 1 }
            : sortedRuns(new DataView(data.buffer, data.byteOffset, data.byteLength), data, offsets, keep?.subarray(base, base + n), partNulls);
        base += n;
        if (!scan || scan.runs.length > 1)
            return null;
        sawNull ||= scan.sawNull;
        if (scan.runs.length === 0)
            continue;
        const first = scan.runs[0];
        if (before) {
            const order = compareAcross(before.data, before.start, before.end, data, offsets[first], offsets[first + 1]);
            if (order > 0)
                return null;
            if (order === 0)
                distinct--; // the same string ends one part and starts the next
        }
        distinct += scan.distinct;
        before = { data, start: offsets[scan.last], end: offsets[scan.last + 1] };
    }
    return distinct + (sawNull ? 1 : 0);
}
/**
 * One pass over the kept non-null rows comparing each with the one before: the rows where a run in
 * non-decreasing order starts (`runs`), the distinct strings when there is one run, whether a kept row
 * is null, and the last kept non-null row. Null beyond MAX_SORTED_RUNS runs.
 */
function sortedRuns(view, data, offsets, keep, nulls) {
    const n = offsets.length - 1;
    const runs = [];
    if (n === 0)
        return { runs, distinct: 0, sawNull: false, last: -1 };
    let distinct = 0;
    let sawNull = false;
    if (!keep && !nulls) {
        // Every row against the one before: without the per-row tests below, a fifth faster.
        runs.push(0);
        distinct = 1;
        for (let i = 1; i < n; i++) {
            const order = kernels_compareBytes(view, data, offsets[i - 1], offsets[i], offsets[i], offsets[i + 1]);
            if (order < 0)
                distinct++;
            else if (order > 0) {
                if (runs.length === MAX_SORTED_RUNS)
                    return null;
                runs.push(i);
            }
        }
        return { runs, distinct, sawNull, last: n - 1 };
    }
    let previous = -1;
    for (let i = 0; i < n; i++) {
        if (keep && !keep[i])
            continue;
        if (nulls && nulls[i]) {
            sawNull = true;
            continue;
        }
        if (previous < 0) {
            runs.push(i);
            distinct = 1;
        }
        else {
            const order = kernels_compareBytes(view, data, offsets[previous], offsets[previous + 1], offsets[i], offsets[i + 1]);
            if (order < 0)
                distinct++;
            else if (order > 0) {
                if (runs.length === MAX_SORTED_RUNS)
                    return null;
                runs.push(i);
            }
        }
        previous = i;
    }
    return { runs, distinct, sawNull, last: previous };
}
/** Distinct strings over sorted runs (each starting at a kept row, ending where the next starts): a k-way merge. */
function mergedDistinct(view, data, offsets, runs, keep, nulls) {
    const k = runs.length;
    const at = Int32Array.from(runs);
    const end = Int32Array.from(runs, (_, r) => (r + 1 < k ? runs[r + 1] : offsets.length - 1));
    const less = (a, b) => kernels_compareBytes(view, data, offsets[at[a]], offsets[at[a] + 1], offsets[at[b]], offsets[at[b] + 1]) < 0;
    // A binary heap of run numbers, least current row first.
    const heap = Int32Array.from({ length: k }, (_, r) => r);
    let size = k;
    const down = (from) => {
        let i = from;
        for (;;) {
            const l = 2 * i + 1;
            if (l >= size)
                return;
            const child = l + 1 < size && less(heap[l + 1], heap[l]) ? l + 1 : l;
            if (!less(heap[child], heap[i]))
                return;
            const t = heap[i];
            heap[i] = heap[child];
            heap[child] = t;
            i = child;
        }
    };
    for (let i = (size >> 1) - 1; i >= 0; i--)
        down(i);
    let distinct = 0;
    let last = -1;
    while (size > 0) {
        const r = heap[0];
        const row = at[r];
        if (last < 0 || kernels_compareBytes(view, data, offsets[last], offsets[last + 1], offsets[row], offsets[row + 1]) !== 0)
            distinct++;
        last = row;
        let next = row + 1;
        while (next < end[r] && ((keep && !keep[next]) || (nulls && nulls[next])))
            next++;
        if (next < end[r])
            at[r] = next;
        else
            heap[0] = heap[--size];
        down(0);
    }
    return distinct;
}
/** Byte order of a[from, to) against b[bFrom, bTo): negative, 0 or positive (for one comparison; compareBytes is the fast one). */
function compareAcross(a, from, to, b, bFrom, bTo) {
    const common = Math.min(to - from, bTo - bFrom);
    for (let k = 0; k < common; k++)
        if (a[from + k] !== b[bFrom + k])
            return a[from + k] - b[bFrom + k];
    return to - from - (bTo - bFrom);
}
/** Byte order of data[a, aEnd) against data[b, bEnd): negative, 0 or positive. Four bytes at a time (big-endian words compare as the bytes do). */
function kernels_compareBytes(view, data, a, aEnd, b, bEnd) {
    const common = aEnd - a < bEnd - b ? aEnd - a : bEnd - b;
    let k = 0;
    for (; k + 4 <= common; k += 4) {
        const x = view.getUint32(a + k);
        const y = view.getUint32(b + k);
        if (x !== y)
            return x < y ? -1 : 1;
    }
    for (; k < common; k++) {
        const d = data[a + k] - data[b + k];
        if (d !== 0)
            return d;
    }
    return aEnd - a - (bEnd - b);
}
/**
 * Distinct byte strings among the kept rows (nulls, when present and kept, count as one more key): exact.
 * Rows are hashed in one sequential pass, grouped by the top bits of their hash (equal strings have equal
 * hashes, so they land in the same group), and each group is de-duplicated in a small hash table that
 * stays in cache; bytes are compared on every hash match, so collisions never merge strings. One big
 * table would spend its time on cache misses (see ../shared/recipes/PERFORMANCE.md).
 */
function distinctBytes(data, offsets, keep, nulls, rowsPerGroup = 1 << 15) {
    const n = offsets.length - 1;
    // Without a mask the j-th hashed row is row j: no row numbers to keep.
    const rows = keep || nulls ? new Int32Array(n) : undefined;
    const hashes = new Uint32Array(n);
    let m = 0;
    let sawNull = false;
    for (let i = 0; i < n; i++) {
        if (keep && !keep[i])
            continue;
        if (nulls && nulls[i]) {
            sawNull = true;
            continue;
        }
        if (rows)
            rows[m] = i;
        hashes[m++] = hashBytes(data, offsets[i], offsets[i + 1]);
    }
    if (m === 0)
        return sawNull ? 1 : 0;
    let bits = 0;
    while (m >>> bits > rowsPerGroup && bits < 16)
        bits++;
    const groups = 1 << bits;
    const shift = 32 - bits;
    const starts = new Int32Array(groups + 1);
    for (let j = 0; j < m; j++)
        starts[(bits === 0 ? 0 : hashes[j] >>> shift) + 1]++;
    let largest = 0;
    for (let g = 0; g < groups; g++) {
        largest = Math.max(largest, starts[g + 1]);
        starts[g + 1] += starts[g];
    }
    // Hashes and rows laid out group by group, so the de-duplication below reads them in order.
    const groupHash = new Uint32Array(m);
    const groupRow = new Int32Array(m);
    const next = starts.slice(0, groups);
    for (let j = 0; j < m; j++) {
        const h = hashes[j];
        const t = next[bits === 0 ? 0 : h >>> shift]++;
        groupHash[t] = h;
        groupRow[t] = rows ? rows[j] : j;
    }
    let size = 16;
    while (size < largest * 2)
        size *= 2;
    const mask = size - 1;
    const slotRow = new Int32Array(size);
    const slotHash = new Uint32Array(size);
    const slotGroup = new Int32Array(size).fill(-1); // which group owns a slot: no clearing between groups
    let distinct = 0;
    for (let g = 0; g < groups; g++) {
        for (let t = starts[g]; t < starts[g + 1]; t++) {
            const h = groupHash[t];
            const row = groupRow[t];
            let slot = (h ^ (h >>> 15)) & mask;
            for (;;) {
                if (slotGroup[slot] !== g) {
                    slotGroup[slot] = g;
                    slotRow[slot] = row;
                    slotHash[slot] = h;
                    distinct++;
                    break;
                }
                if (slotHash[slot] === h && sameRowBytes(data, offsets, slotRow[slot], row))
                    break;
                slot = (slot + 1) & mask;
            }
        }
    }
    return distinct + (sawNull ? 1 : 0);
}
function sameRowBytes(data, offsets, a, b) {
    const as = offsets[a];
    const bs = offsets[b];
    const length = offsets[a + 1] - as;
    if (offsets[b + 1] - bs !== length)
        return false;
    for (let k = 0; k < length; k++)
        if (data[as + k] !== data[bs + k])
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/scoring/filter.ts
/** Columns a filter reads. */
function filter_filterColumns(filter) {
    if (!filter)
        return [];
    const predicates = 'all' in filter ? filter.all : 'any' in filter ? filter.any : [filter];
    const names = new Set();
    for (const p of predicates) {
        names.add(p.column);
        if ('to_column' in p)
            names.add(p.to_column);
    }
    return [...names];
}
/** 1 where the row matches the filter; every row when there is no filter. A null never matches a comparison. */
function evaluateFilter(filter, table) {
    const mask = new Uint8Array(table.rows);
    if (!filter)
        return mask.fill(1);
    if ('all' in filter) {
        mask.fill(1);
        for (const p of filter.all)
            andInto(mask, evaluatePredicate(p, table));
    }
    else if ('any' in filter) {
        for (const p of filter.any)
            orInto(mask, evaluatePredicate(p, table));
    }
    else {
        mask.set(evaluatePredicate(filter, table));
    }
    return mask;
}
function andInto(mask, other) {
    for (let i = 0; i < mask.length; i++)
        mask[i] &= other[i];
}
function orInto(mask, other) {
    for (let i = 0; i < mask.length; i++)
        mask[i] |= other[i];
}
function evaluatePredicate(p, table) {
    const column = columnOf(table, p.column);
    const out = new Uint8Array(table.rows);
    const nulls = column.nulls;
    if (p.op === 'is_null' || p.op === 'not_null') {
        const want = p.op === 'is_null' ? 1 : 0;
        for (let i = 0; i < out.length; i++)
            out[i] = (nulls?.[i] ?? 0) === want ? 1 : 0;
        return out;
    }
    const get = accessor(column);
    if ('to_column' in p) {
        const other = columnOf(table, p.to_column);
        const getOther = accessor(other);
        const test = comparator(p.op);
        for (let i = 0; i < out.length; i++) {
            if (nulls?.[i] || other.nulls?.[i])
                continue;
            out[i] = test(get(i), getOther(i)) ? 1 : 0;
        }
        return out;
    }
    if ('values' in p) {
        const set = new Set(p.values.map((v) => normalizeScalar(v, column)));
        const wantIn = p.op === 'in';
        for (let i = 0; i < out.length; i++) {
            if (nulls?.[i])
                continue;
            out[i] = set.has(get(i)) === wantIn ? 1 : 0;
        }
        return out;
    }
    if (!('value' in p))
        throw new Error('unreachable: predicate without value');
    const value = normalizeScalar(p.value, column);
    const test = comparator(p.op);
    for (let i = 0; i < out.length; i++) {
        if (nulls?.[i])
            continue;
        out[i] = test(get(i), value) ? 1 : 0;
    }
    return out;
}
function columnOf(table, name) {
    const column = table.columns[name];
    if (!column)
        throw new Error(`column ${name} was not read for table ${table.name}`);
    return column;
}
function accessor(column) {
    if (column.type === 'bool')
        return (i) => column.values[i] === 1;
    const values = column.values;
    return (i) => values[i];
}
/** Booleans compare as booleans; policy validation guarantees the value's type fits the column. */
function normalizeScalar(v, column) {
    if (column.type === 'bool' && typeof v === 'number')
        return v !== 0;
    return v;
}
function comparator(op) {
    switch (op) {
        case 'eq':
            return (a, b) => a === b;
        case 'ne':
            return (a, b) => a !== b;
        case 'lt':
            return (a, b) => a < b;
        case 'le':
            return (a, b) => a <= b;
        case 'gt':
            return (a, b) => a > b;
        case 'ge':
            return (a, b) => a >= b;
    }
}
/** Number of 1s in a mask (of 0s and 1s). */
function countMask(mask) {
    return countWords(mask);
}
/** Rows where both masks are 1. */
function countBoth(a, b) {
    return countWords(a, b);
}
/**
 * Sum of a 0/1 mask, or of the AND of two, four bytes at a time: the four byte lanes of a word add up
 * separately until a lane could carry into the next (folded every 127 words, so the sum stays an int32).
 */
function countWords(a, b) {
    const both = b ?? a;
    let n = 0;
    let i = 0;
    // Word views need 4-byte aligned starts; masks are fresh arrays (offset 0) except in odd cases.
    if (a.byteOffset % 4 !== 0 || both.byteOffset % 4 !== 0) {
        for (; i < a.length; i++)
            n += a[i] & both[i];
        return n;
    }
    const words = a.length >> 2;
    const aw = new Uint32Array(a.buffer, a.byteOffset, words);
    const bw = new Uint32Array(both.buffer, both.byteOffset, words);
    for (let w = 0; w < words;) {
        const end = Math.min(words, w + 127);
        let lanes = 0;
        for (; w < end; w++)
            lanes += aw[w] & bw[w];
        n += (lanes & 0xff) + ((lanes >>> 8) & 0xff) + ((lanes >>> 16) & 0xff) + (lanes >>> 24);
    }
    for (i = words * 4; i < a.length; i++)
        n += a[i] & both[i];
    return n;
}

;// CONCATENATED MODULE: ./src/scoring/plan.ts



const masks = new WeakMap();
function filterMask(filter, table) {
    if (!filter)
        return undefined;
    const key = JSON.stringify(filter);
    let cache = masks.get(table);
    if (!cache)
        masks.set(table, (cache = new Map()));
    let mask = cache.get(key);
    if (!mask) {
        mask = fastFilter(filter, table) ?? evaluateFilter(filter, table);
        cache.set(key, mask);
    }
    return mask;
}
/** The same mask as evaluateFilter for the common predicate forms, without per-row closures; null otherwise. */
function fastFilter(filter, table) {
    const predicates = 'all' in filter ? filter.all : 'any' in filter ? filter.any : [filter];
    const parts = [];
    for (const p of predicates) {
        const m = fastPredicate(p, table);
        if (!m)
            return null;
        parts.push(m);
    }
    // Every part is a fresh mask: combine into the first.
    const [out, ...rest] = parts;
    if ('all' in filter)
        for (const m of rest)
            for (let i = 0; i < out.length; i++)
                out[i] &= m[i];
    else
        for (const m of rest)
            for (let i = 0; i < out.length; i++)
                out[i] |= m[i];
    return out;
}
function fastPredicate(p, table) {
    const column = table.columns[p.column];
    if (!column || p.op === 'is_null' || p.op === 'not_null')
        return null;
    if ('to_column' in p) {
        const other = table.columns[p.to_column];
        if (!other || column.type !== 'string' || other.type !== 'string' || (p.op !== 'eq' && p.op !== 'ne'))
            return null;
        return sameStringMask(column, other, p.op === 'eq', table.rows);
    }
    if (column.type === 'string') {
        // One value against bytes alone: comparing the bytes costs less than interning the column first.
        if (!column.dictionary && column.bytes && (p.op === 'eq' || p.op === 'ne') && typeof p.value === 'string') {
            return bytesEqualMask(column, column.bytes, p.value, p.op === 'eq', table.rows);
        }
        const codes = stringCodes(column);
        const truth = codes && stringTruth(p, codes.strings);
        return truth ? codeMask(column, codes.codes, truth, table.rows) : null;
    }
    if (column.type === 'bool' || !('value' in p) || typeof p.value !== 'number')
        return null;
    return compareMask(column, p.op, p.value);
}
/**
 * Rows where the comparison holds. `+(a < b)` compiles without a branch: masks over random data
 * would mispredict about every other row.
 */
function compareMask(column, op, v) {
    const x = column.values;
    const out = new Uint8Array(x.length);
    switch (op) {
        case 'eq':
            for (let i = 0; i < x.length; i++)
                out[i] = +(x[i] === v);
            break;
        case 'ne':
            for (let i = 0; i < x.length; i++)
                out[i] = +(x[i] !== v);
            break;
        case 'lt':
            for (let i = 0; i < x.length; i++)
                out[i] = +(x[i] < v);
            break;
        case 'le':
            for (let i = 0; i < x.length; i++)
                out[i] = +(x[i] <= v);
            break;
        case 'gt':
            for (let i = 0; i < x.length; i++)
                out[i] = +(x[i] > v);
            break;
        case 'ge':
            for (let i = 0; i < x.length; i++)
                out[i] = +(x[i] >= v);
            break;
        default:
            return null;
    }
    // A null never matches a comparison (its slot may hold anything).
    clearNulls(out, column.nulls);
    return out;
}
function clearNulls(mask, nulls) {
    if (nulls)
        for (let i = 0; i < mask.length; i++)
            mask[i] &= nulls[i] ^ 1;
}
/**
 * Per dictionary string, 1 where a string predicate (eq, ne, in, not_in against strings) holds; null
 * for other predicates (a number never equals a string: the reference handles such odd policies).
 */
function stringTruth(p, strings) {
    const wanted = 'values' in p ? p.values : 'value' in p && (p.op === 'eq' || p.op === 'ne') ? [p.value] : null;
    if (!wanted)
        return null;
    if (wanted.some((v) => typeof v !== 'string'))
        return null;
    const set = new Set(wanted);
    const want = p.op === 'eq' || p.op === 'in';
    return Uint8Array.from(strings, (s) => +(set.has(s) === want));
}
/** Rows whose code's truth is 1; nulls never match. */
function codeMask(column, codes, truth, rows) {
    const out = new Uint8Array(rows);
    for (let i = 0; i < rows; i++)
        out[i] = truth[codes[i]];
    clearNulls(out, column.nulls);
    return out;
}
const plan_encoder = new TextEncoder();
/** Rows whose UTF-8 bytes are (want = true) or are not (want = false) those of `value`; nulls never match. */
function bytesEqualMask(column, bytes, value, want, rows) {
    const target = plan_encoder.encode(value);
    const length = target.length;
    const targetView = new DataView(target.buffer, target.byteOffset, length);
    const targetWords = Int32Array.from({ length: length >> 2 }, (_, w) => targetView.getInt32(4 * w, true));
    const { data, offsets } = bytes;
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const miss = want ? 0 : 1;
    const out = new Uint8Array(rows).fill(miss);
    // Each row compares all `length` bytes, four at a time, a count that never varies (no mispredicted
    // loop exits); a row of another length differs whatever its extra bytes. Rows starting too close to
    // the end of the data to read that far are shorter than `length`, so they keep `miss`.
    for (let i = 0; i < rows && offsets[i] + length <= data.length; i++) {
        const start = offsets[i];
        let diff = (offsets[i + 1] - start) ^ length;
        let k = 0;
        for (; k + 4 <= length; k += 4)
            diff |= view.getInt32(start + k, true) ^ targetWords[k >> 2];
        for (; k < length; k++)
            diff |= data[start + k] ^ target[k];
        out[i] = +(diff === 0) ^ miss;
    }
    clearNulls(out, column.nulls);
    return out;
}
/** Rows where the two string columns are equal (want = true) or differ (want = false); a null on either side never matches. */
function sameStringMask(column, other, want, rows) {
    const out = column.dictionary || other.dictionary ? sameCodes(column, other, want, rows) : plan_sameBytes(column, other, want, rows);
    if (!out)
        return null;
    clearNulls(out, column.nulls);
    clearNulls(out, other.nulls);
    return out;
}
function sameCodes(column, other, want, rows) {
    const a = stringCodes(column);
    const b = a && stringCodes(other);
    if (!a || !b)
        return null;
    // Codes of b's dictionary in a's code space (-1: a never has that string).
    const index = new Map(a.strings.map((s, k) => [s, k]));
    const bInA = Int32Array.from(b.strings, (s) => index.get(s) ?? -1);
    const out = new Uint8Array(rows);
    const ac = a.codes;
    const bc = b.codes;
    if (want)
        for (let i = 0; i < rows; i++)
            out[i] = +(ac[i] === bInA[bc[i]]);
    else
        for (let i = 0; i < rows; i++)
            out[i] = +(ac[i] !== bInA[bc[i]]);
    return out;
}
/** Row by row byte comparison, for columns without dictionaries (interning both would cost more). */
function plan_sameBytes(column, other, want, rows) {
    if (!column.bytes || !other.bytes)
        return null;
    const { data: ad, offsets: ao } = column.bytes;
    const { data: bd, offsets: bo } = other.bytes;
    const miss = want ? 0 : 1;
    const out = new Uint8Array(rows);
    for (let i = 0; i < rows; i++) {
        const a = ao[i];
        const b = bo[i];
        const length = ao[i + 1] - a;
        let diff = length ^ (bo[i + 1] - b);
        if (diff === 0)
            for (let k = 0; k < length; k++)
                diff |= ad[a + k] ^ bd[b + k];
        out[i] = +(diff === 0) ^ miss;
    }
    return out;
}
const dictionaries = new WeakMap();
/**
 * A string column as dictionary codes: the reader's own when it attached one (then neither bytes nor
 * values are touched, as they may be built lazily), else interned from the bytes once per column;
 * null for a column with neither.
 */
function stringCodes(column) {
    if (column.dictionary)
        return column.dictionary;
    const bytes = column.bytes;
    if (!bytes)
        return null;
    let d = dictionaries.get(bytes);
    if (!d) {
        const { codes, firsts } = internBytes(bytes);
        d = { codes, strings: Array.from(firsts, (row) => strings_stringAt(bytes, row)) };
        dictionaries.set(bytes, d);
    }
    return d;
}
const keeps = new WeakMap();
/** Rows selected by `where` whose value is not null (where itself when the column has no nulls). */
function keepMask(column, where) {
    const nulls = column.nulls;
    if (!nulls)
        return where;
    let cache = keeps.get(column);
    if (!cache)
        keeps.set(column, (cache = new Map()));
    let m = cache.get(where);
    if (!m) {
        m = new Uint8Array(nulls.length);
        if (where)
            for (let i = 0; i < m.length; i++)
                m[i] = where[i] & (nulls[i] ^ 1);
        else
            for (let i = 0; i < m.length; i++)
                m[i] = nulls[i] ^ 1;
        cache.set(where, m);
    }
    return m;
}
const domains = new WeakMap();
/** The integer domain of a column's non-null values, or null when they are not small integers; one pass per column. */
function domainOf(column) {
    let d = domains.get(column);
    if (d === undefined)
        domains.set(column, (d = intDomain(column.values, column.nulls)));
    return d;
}
const histograms = new WeakMap();
/** The integer histogram of a column's kept rows (non-null ones only), or null when its domain is not small integers. */
function histogramOf(column, keep) {
    const cache = sharedHistograms(column);
    let h = cache.get(keep);
    if (h === undefined) {
        const domain = domainOf(column);
        cache.set(keep, (h = domain && histogramIn(column.values, domain, keep)));
    }
    return h;
}
function sharedHistograms(column) {
    let cache = histograms.get(column);
    if (!cache)
        histograms.set(column, (cache = new Map()));
    return cache;
}
const tablesOf = new WeakMap();
function plan_sharedTables(x, y) {
    let byY = tablesOf.get(x);
    if (!byY)
        tablesOf.set(x, (byY = new Map()));
    let byKeep = byY.get(y);
    if (!byKeep)
        byY.set(y, (byKeep = new Map()));
    return byKeep;
}
/** The contingency table of two columns over kept rows (non-null in both), or null when a side is not small integers. */
function contingencyOf(x, y, keep) {
    const cache = plan_sharedTables(x, y);
    if (!cache.has(keep)) {
        // The same table the other way round is a transposition away.
        const mirror = tablesOf.get(y)?.get(x)?.get(keep);
        if (mirror !== undefined)
            cache.set(keep, mirror && transpose(mirror));
        else
            countTables(x, y, keep);
    }
    return cache.get(keep) ?? null;
}
/**
 * Counts the table of the kept rows; without nulls, in the same pass, the table of all rows (which a
 * metric without a filter asks for). Each table's margins are the two columns' histograms over its rows.
 */
function countTables(x, y, keep) {
    const xDomain = domainOf(x);
    const yDomain = domainOf(y);
    const remember = (rows, t) => {
        plan_sharedTables(x, y).set(rows, t);
        if (t) {
            sharedHistograms(x).set(rows, t.x);
            sharedHistograms(y).set(rows, t.y);
        }
    };
    if (!xDomain || !yDomain)
        return remember(keep, null);
    if (keep && !x.nulls && !y.nulls) {
        const split = contingencySplit(x.values, xDomain, y.values, yDomain, keep);
        remember(keep, split && split.kept);
        if (split && !plan_sharedTables(x, y).has(undefined))
            remember(undefined, split.all);
    }
    else
        remember(keep, contingencyIn(x.values, xDomain, y.values, yDomain, keep));
}

;// CONCATENATED MODULE: ./src/scoring/metric.ts




/** The table a metric reads and the columns it needs from it (none for run-level metrics). */
function metricColumns(spec) {
    if (spec.kind === 'required_outputs_present' || spec.kind === 'replay_determinism')
        return null;
    const columns = new Set(filterColumns(spec.where));
    switch (spec.kind) {
        case 'count':
            break;
        case 'share':
            filterColumns(spec.event).forEach((c) => columns.add(c));
            break;
        case 'rate_difference':
            for (const f of [spec.event, spec.stratum_a, spec.stratum_b])
                filterColumns(f).forEach((c) => columns.add(c));
            break;
        case 'spearman':
        case 'pearson':
            columns.add(spec.x).add(spec.y);
            break;
        case 'ratio_quantile':
            columns.add(spec.numerator).add(spec.denominator);
            break;
        case 'min_difference':
        case 'max_difference':
            columns.add(spec.minuend).add(spec.subtrahend);
            break;
        case 'distinct_count':
        case 'duplicate_count':
            spec.columns.forEach((c) => columns.add(c));
            break;
        default:
            columns.add(spec.column);
    }
    return { table: spec.table, columns: [...columns].sort() };
}
/** Columns needed per table by all of a segment's metrics, so each table is read once, only those columns. */
function neededColumns(segment) {
    const byTable = new Map();
    for (const spec of Object.values(segment.metrics)) {
        const need = metricColumns(spec);
        if (!need)
            continue;
        const set = byTable.get(need.table) ?? new Set();
        need.columns.forEach((c) => set.add(c));
        byTable.set(need.table, set);
    }
    return new Map([...byTable].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, set]) => [t, [...set].sort()]));
}
/**
 * Computes one declared metric. Pure: tables are already read, run facts already established.
 * Fast exact kernels (src/metrics/kernels.ts) are used where the column's type and observed domain
 * allow, with intermediate results shared between metrics through the scoring plan's caches; the
 * straightforward metric functions remain the reference and the fallback.
 */
function computeMetric(spec, tables, facts) {
    if (spec.kind !== 'required_outputs_present' && spec.kind !== 'replay_determinism') {
        const table = tables[spec.table];
        if (table) {
            const fast = computeFast(spec, table);
            if (fast)
                return fast;
        }
    }
    return computeReference(spec, tables, facts);
}
/** The fast path; null when no kernel applies (the reference then computes the metric). */
function computeFast(spec, table) {
    const numeric = (name) => {
        const column = table.columns[name];
        return column && (column.type === 'int' || column.type === 'float') ? column : null;
    };
    const ints = (name, where) => {
        const column = numeric(name);
        const h = column && histogramOf(column, keepMask(column, where));
        return h && h.n > 0 ? h : null;
    };
    const rows = (mask) => (mask ? countMask(mask) : table.rows);
    const fromOutcome = (o, id) => o === null ? null : 'value' in o ? { status: 'ok', value: o.value, definition: id } : { status: 'undefined', reason: o.undefinedReason, definition: id };
    switch (spec.kind) {
        case 'count':
            return count(rows(filterMask(spec.where, table)));
        case 'share': {
            const where = filterMask(spec.where, table);
            const inEvent = () => {
                const event = filterMask(spec.event, table);
                return where ? countBoth(event, where) : countMask(event);
            };
            return shareOf(comparisonCount(spec.event, table, where) ?? inEvent(), rows(where));
        }
        case 'rate_difference': {
            const where = filterMask(spec.where, table);
            const event = filterMask(spec.event, table);
            const c = codedStrataCounts(spec.stratum_a, spec.stratum_b, table, event, where) ??
                stratumCounts(event, filterMask(spec.stratum_a, table), filterMask(spec.stratum_b, table), where);
            return rateDifference(c.eventA, c.a, c.eventB, c.b, spec.scale);
        }
        case 'mean':
        case 'std':
        case 'cv': {
            const column = numeric(spec.column);
            const x = column && selected(column, filterMask(spec.where, table));
            const moments = x && meanAndVariance(x);
            if (!moments)
                return null;
            const { mean, variance } = moments;
            if (spec.kind === 'mean')
                return { status: 'ok', value: mean, definition: DEFINITIONS.mean };
            if (spec.kind === 'std')
                return { status: 'ok', value: Math.sqrt(variance), definition: DEFINITIONS.std };
            return mean === 0 ? null : { status: 'ok', value: Math.sqrt(variance) / mean, definition: DEFINITIONS.cv };
        }
        case 'median':
        case 'quantile':
        case 'quantile_ratio': {
            const where = filterMask(spec.where, table);
            const qs = spec.kind === 'median' ? [0.5] : spec.kind === 'quantile' ? [spec.q] : [spec.upper, spec.lower];
            const h = ints(spec.column, where);
            let values;
            if (h)
                values = qs.map((q) => histogramQuantile(h, q));
            else {
                const column = numeric(spec.column);
                const x = column && selected(column, where);
                values = x && x.length > 0 ? selectQuantiles(x, qs) : null;
            }
            if (!values)
                return null;
            const id = DEFINITIONS[spec.kind];
            if (spec.kind !== 'quantile_ratio')
                return { status: 'ok', value: values[0], definition: id };
            if (values[1] === 0)
                return { status: 'undefined', reason: `lower quantile (q=${spec.lower}) is 0`, definition: id };
            const r = values[0] / values[1];
            return Number.isFinite(r) ? { status: 'ok', value: r, definition: id } : null;
        }
        case 'gini':
        case 'top_share': {
            const h = ints(spec.column, filterMask(spec.where, table));
            if (!h)
                return null;
            return spec.kind === 'gini'
                ? fromOutcome(histogramGini(h), DEFINITIONS.gini)
                : fromOutcome(histogramTopShare(h, spec.fraction), DEFINITIONS.top_share);
        }
        case 'spearman':
        case 'ratio_quantile': {
            const x = numeric(spec.kind === 'spearman' ? spec.x : spec.numerator);
            const y = numeric(spec.kind === 'spearman' ? spec.y : spec.denominator);
            if (!x || !y)
                return null;
            const t = contingencyOf(x, y, keepMask(y, keepMask(x, filterMask(spec.where, table))));
            if (!t || t.n < 2)
                return null;
            if (spec.kind === 'spearman') {
                const r = contingencySpearman(t);
                return r === null ? null : { status: 'ok', value: r, definition: DEFINITIONS.spearman };
            }
            const r = contingencyRatioQuantile(t, spec.q);
            return r === null ? null : { status: 'ok', value: r, definition: DEFINITIONS.ratio_quantile };
        }
        case 'distinct_count':
        case 'duplicate_count': {
            const column = spec.columns.length === 1 ? table.columns[spec.columns[0]] : undefined;
            if (!column || column.type !== 'string')
                return null;
            const where = filterMask(spec.where, table);
            const distinct = distinctStrings(column, where);
            if (distinct === null)
                return null;
            const id = DEFINITIONS[spec.kind];
            return { status: 'ok', value: spec.kind === 'distinct_count' ? distinct : rows(where) - distinct, definition: id };
        }
        default:
            return null;
    }
}
/**
 * Rows within `where` matching one comparison on a small-integer column, from the column's histogram
 * (which its order statistics or a contingency table share) rather than a mask; null for other filters.
 */
function comparisonCount(filter, table, where) {
    if ('all' in filter || 'any' in filter || !('value' in filter) || typeof filter.value !== 'number')
        return null;
    const { column: name, op, value } = filter;
    const column = table.columns[name];
    if (!column || (column.type !== 'int' && column.type !== 'float'))
        return null;
    const h = histogramOf(column, keepMask(column, where));
    if (!h)
        return null;
    const test = comparator(op);
    let n = 0;
    // Null rows are not in the histogram: a null never matches a comparison.
    for (let b = 0; b < h.counts.length; b++)
        if (h.counts[b] > 0 && test(h.min + b, value))
            n += h.counts[b];
    return n;
}
/** Values of the selected non-null rows, in row order as the reference gathers them (the column itself when that is every row). */
function selected(column, where) {
    const keep = keepMask(column, where);
    if (!keep)
        return column.values;
    const out = new Float64Array(countMask(keep));
    for (let i = 0, j = 0; i < keep.length; i++)
        if (keep[i])
            out[j++] = column.values[i];
    return out;
}
/**
 * Stratum counts when both strata are string predicates on one column with dictionary codes (say, two
 * size tiers): one pass counts rows per code and event, and each stratum sums the codes it accepts,
 * with no stratum mask built. Null otherwise.
 */
function codedStrataCounts(stratumA, stratumB, table, event, where) {
    if ('all' in stratumA || 'any' in stratumA || 'all' in stratumB || 'any' in stratumB || stratumA.column !== stratumB.column)
        return null;
    const column = table.columns[stratumA.column];
    if (!column || column.type !== 'string' || !column.dictionary)
        return null;
    const { codes, strings } = column.dictionary;
    const truthA = stringTruth(stratumA, strings);
    const truthB = stringTruth(stratumB, strings);
    if (!truthA || !truthB)
        return null;
    // Null rows are not kept: a null never matches a predicate.
    const counts = eventCountsByCode(codes, strings.length, event, keepMask(column, where));
    const c = { eventA: 0, a: 0, eventB: 0, b: 0 };
    for (let code = 0; code < strings.length; code++) {
        const [quiet, loud] = [counts[2 * code], counts[2 * code + 1]];
        c.a += truthA[code] * (quiet + loud);
        c.eventA += truthA[code] * loud;
        c.b += truthB[code] * (quiet + loud);
        c.eventB += truthB[code] * loud;
    }
    return c;
}
/** Event and total counts of both strata within `where`, in one pass and without intermediate masks. */
function stratumCounts(event, a, b, where) {
    let inA = 0;
    let inB = 0;
    let eventA = 0;
    let eventB = 0;
    for (let i = 0; i < event.length; i++) {
        const w = where ? where[i] : 1;
        const ai = a[i] & w;
        const bi = b[i] & w;
        inA += ai;
        inB += bi;
        eventA += ai & event[i];
        eventB += bi & event[i];
    }
    return { eventA, a: inA, eventB, b: inB };
}
/**
 * Distinct strings among the selected rows (nulls count as one key, as keyColumn makes them): by
 * dictionary codes when the column has them, else in one comparing pass when the bytes are sorted (ids
 * usually are; part by part when the column is kept in parts), else by hashing the bytes. Null when the
 * column has neither codes nor bytes.
 */
function distinctStrings(column, where) {
    const nulls = column.nulls;
    if (column.dictionary) {
        const { codes, strings } = column.dictionary;
        const seen = new Uint8Array(strings.length);
        let distinct = 0;
        let sawNull = 0;
        for (let i = 0; i < codes.length; i++) {
            if (where && !where[i])
                continue;
            if (nulls && nulls[i])
                sawNull = 1;
            else if (!seen[codes[i]]) {
                seen[codes[i]] = 1;
                distinct++;
            }
        }
        return distinct + sawNull;
    }
    // Part by part when kept so, or when the reader saw the strings sorted (then not read row by row).
    const parts = column.byteParts ?? (column.bytes?.sortedDistinct !== undefined ? [column.bytes] : undefined);
    const sortedParts = parts && distinctSortedByteParts(parts, where, nulls);
    if (typeof sortedParts === 'number')
        return sortedParts;
    const bytes = column.bytes; // (parts not in order are joined here)
    if (!bytes)
        return null;
    return distinctSortedBytes(bytes.data, bytes.offsets, where, nulls) ?? distinctBytes(bytes.data, bytes.offsets, where, nulls);
}
/** The straightforward computation of every metric kind: the reference the kernels are tested against. */
function computeReference(spec, tables, facts) {
    if (spec.kind === 'required_outputs_present') {
        return { status: 'ok', value: facts.missingOutputs.length === 0 ? 1 : 0, definition: DEFINITIONS.required_outputs_present };
    }
    if (spec.kind === 'replay_determinism') {
        const definition = DEFINITIONS.replay_determinism;
        if (facts.replayEqual === undefined)
            return { status: 'undefined', reason: 'no replay run for this seed', definition };
        return { status: 'ok', value: facts.replayEqual ? 1 : 0, definition };
    }
    const table = tables[spec.table];
    if (!table)
        throw new Error(`table ${spec.table} was not read`);
    const where = evaluateFilter(spec.where, table);
    switch (spec.kind) {
        case 'count':
            return count(countMask(where));
        case 'share': {
            const event = evaluateFilter(spec.event, table);
            return shareOf(countBoth(event, where), countMask(where));
        }
        case 'rate_difference': {
            const event = evaluateFilter(spec.event, table);
            const a = intersect(evaluateFilter(spec.stratum_a, table), where);
            const b = intersect(evaluateFilter(spec.stratum_b, table), where);
            return rateDifference(countBoth(event, a), countMask(a), countBoth(event, b), countMask(b), spec.scale);
        }
        case 'mean':
            return mean(numeric(table, spec.column, where));
        case 'std':
            return std(numeric(table, spec.column, where));
        case 'cv':
            return cv(numeric(table, spec.column, where));
        case 'median':
            return median(numeric(table, spec.column, where));
        case 'quantile':
            return quantile(numeric(table, spec.column, where), spec.q);
        case 'quantile_ratio':
            return quantileRatio(numeric(table, spec.column, where), spec.upper, spec.lower);
        case 'gini':
            return gini(numeric(table, spec.column, where));
        case 'top_share':
            return topShare(numeric(table, spec.column, where), spec.fraction);
        case 'spearman':
        case 'pearson': {
            const [x, y] = numericPair(table, spec.x, spec.y, where);
            return spec.kind === 'spearman' ? spearman(x, y) : pearson(x, y);
        }
        case 'ratio_quantile': {
            const [num, den] = numericPair(table, spec.numerator, spec.denominator, where);
            return ratioQuantile(num, den, spec.q);
        }
        case 'min_difference':
        case 'max_difference': {
            const [a, b] = numericPair(table, spec.minuend, spec.subtrahend, where);
            return spec.kind === 'min_difference' ? minDifference(a, b) : maxDifference(a, b);
        }
        case 'distinct_count':
        case 'duplicate_count': {
            const keys = spec.columns.map((c) => keyColumn(table.columns[c], where));
            return spec.kind === 'distinct_count' ? distinctCount(keys) : duplicateCount(keys);
        }
        case 'null_rate': {
            const nulls = table.columns[spec.column].nulls;
            let n = 0;
            if (nulls)
                for (let i = 0; i < where.length; i++)
                    n += where[i] & nulls[i];
            return nullRate(n, countMask(where));
        }
    }
}
function intersect(a, b) {
    const out = new Uint8Array(a.length);
    for (let i = 0; i < a.length; i++)
        out[i] = a[i] & b[i];
    return out;
}
function numericColumn(table, name) {
    const column = table.columns[name];
    if (column.type !== 'int' && column.type !== 'float')
        throw new Error(`column ${name} is not numeric`);
    return column;
}
/** Values of the rows selected by `where`, nulls skipped. */
function numeric(table, name, where) {
    const { values, nulls } = numericColumn(table, name);
    let n = 0;
    for (let i = 0; i < values.length; i++)
        if (where[i] && !nulls?.[i])
            n++;
    if (n === values.length)
        return values;
    const out = new Float64Array(n);
    for (let i = 0, j = 0; i < values.length; i++)
        if (where[i] && !nulls?.[i])
            out[j++] = values[i];
    return out;
}
/** Paired values of rows selected by `where` where neither side is null. */
function numericPair(table, xName, yName, where) {
    const x = numericColumn(table, xName);
    const y = numericColumn(table, yName);
    const keep = new Uint8Array(where.length);
    for (let i = 0; i < where.length; i++)
        keep[i] = where[i] && !x.nulls?.[i] && !y.nulls?.[i] ? 1 : 0;
    const n = countMask(keep);
    if (n === where.length)
        return [x.values, y.values];
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    for (let i = 0, j = 0; i < where.length; i++) {
        if (!keep[i])
            continue;
        xs[j] = x.values[i];
        ys[j++] = y.values[i];
    }
    return [xs, ys];
}
/** A key column for distinct/duplicate counting: selected rows, nulls as a distinct null key. */
function keyColumn(column, where) {
    const out = [];
    for (let i = 0; i < where.length; i++) {
        if (!where[i])
            continue;
        if (column.nulls?.[i])
            out.push(null);
        else if (column.type === 'bool')
            out.push(column.values[i] === 1);
        else
            out.push(column.values[i]);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/artifacts/worker.ts








/**
 * The worker side of decode-pool: decodes Parquet files, reads CSV and JSONL files, hashes table digests from parts pushed in
 * order, and computes metrics over tables in shared memory. A digest that fails (parts that disagree, a type shift) answers its `finish` with the failure;
 * the main thread then digests that table in-process, which reports the problem as outputsDigest does.
 */
function serveWorker() {
    const port = external_node_worker_threads_namespaceObject.parentPort;
    if (!port)
        return;
    const digests = new Map();
    const reads = new ReusedReads();
    port.on('message', (r) => {
        if (r.task === 'metrics') {
            try {
                const tables = tablesFromShared(r.tables);
                const results = {};
                for (let u = 0; u < r.units.length; u++) {
                    if (claimUnit(r.claims, u))
                        for (const [name, spec] of r.units[u])
                            results[name] = computeMetric(spec, tables, r.facts);
                }
                port.postMessage({ id: r.id, ok: true, results });
            }
            catch (e) {
                port.postMessage(failureReply(r.id, e));
            }
        }
        else if (r.task === 'text') {
            let bytes;
            try {
                bytes = r.bytes ?? reads.read(r.file);
                const file = text_fast_textFromBytes(r.format, bytes, r.requests, r.all, { body: r.body, sharedStrings: true, targets: r.targets });
                if (!file)
                    port.postMessage({ id: r.id, ok: true, text: null });
                else {
                    // The digest needs the numbers this thread already parsed from the text cells: they travel along.
                    for (const c of Object.values(file.part?.columns ?? {}))
                        if (c.kind === 'string')
                            c.numbers = parsedNumbersOf(c.strings.data, file.rows);
                    const { text, transfer } = packText(file);
                    port.postMessage({ id: r.id, ok: true, text }, transfer);
                }
            }
            catch (e) {
                port.postMessage(failureReply(r.id, e));
            }
            // Posted (copied or transferred): the file's bytes are free for the next file.
            if (bytes && !r.bytes)
                reads.done(bytes);
        }
        else if (r.task === 'decode') {
            let bytes;
            new Promise((resolve) => resolve((bytes = r.span ? readRanges(r.file, r.span.ranges, r.span.tail) : reads.read(r.file))))
                .then((read) => parquet_decodeParquet(read, r.where, r.columns, r.rest, r.targets, r.groups))
                .then((decoded) => port.postMessage({ id: r.id, ok: true, decoded }, packColumns(decoded.columns)), (e) => port.postMessage(failureReply(r.id, e)))
                // Posted (copied or transferred): the file's bytes are free for the next file.
                .finally(() => bytes && !r.span && reads.done(bytes));
        }
        else if (r.task === 'digest-push') {
            let session = digests.get(r.session);
            if (!session)
                digests.set(r.session, (session = { digest: new TableDigest(r.format) }));
            if (session.failure === undefined) {
                try {
                    session.digest.push({ ...r.part, columns: unpackColumns(r.part.columns) }, r.where);
                }
                catch (e) {
                    session.failure = e;
                }
            }
            port.postMessage({ id: r.id, ok: true });
        }
        else {
            const session = digests.get(r.session);
            digests.delete(r.session);
            if (!session)
                port.postMessage(failureReply(r.id, new Error('digest of no parts')));
            else if (session.failure !== undefined)
                port.postMessage(failureReply(r.id, session.failure));
            else
                port.postMessage({ id: r.id, ok: true, digest: session.digest.finish() });
        }
    });
}

;// CONCATENATED MODULE: ./src/artifacts/worker-entry.ts
// The worker bundle (dist/worker/index.js): what decode-pool's threads run.

serveWorker();

