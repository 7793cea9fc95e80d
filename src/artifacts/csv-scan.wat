;; The kernels of regular CSV blocks (csv-scan.ts), in WebAssembly with SIMD: the separator scan, then
;; per column its numbers, codes or fields' bytes. Built into csv-scan-wasm.ts by `npm run wasm`
;; (wabt); a test checks that the two agree.
;;
;; Memory, as csv-scan.ts lays it out: [0, 184) holds 10^0 .. 10^22 as f64 (written by csv-scan.ts,
;; each exact); then the code tables (see `codes`); a block of records starts at `block`, followed by
;; padding up to the next multiple of 16 that holds no separator or quote; the other regions are passed
;; in. Field k of record r is field j = r·width + k of the block: it starts after stop j − 1 (at the
;; block's start for j = 0) and ends at stop j (at the block's end for the last field of a last record
;; without its line feed), before the CR of a CRLF. A quoted field keeps its quotes there; the kernels
;; read between them.
(module
  (memory (export "memory") 1)
  (global $records (export "records") (mut i32) (i32.const 0))
  ;; Set by `numbers` when a value it read is not an integer within ±(2^53 − 1); by `fields` to the
  ;; number of empty fields it read.
  (global $noted (export "noted") (mut i32) (i32.const 0))

  ;; scan(block, len, out, width, base): writes base + the offset of every comma and line feed of the
  ;; block outside quoted fields, in order, as i32 from `out` and returns their count, with the number
  ;; of records in the global `records`; returns -1 when the block is not regular: a carriage return
  ;; outside quotes but before a line feed (CRLF ends a record as LF does), a quote that neither opens a
  ;; field nor closes one (RFC 4180: a quoted field starts
  ;; with its quote and ends with it, a quote inside it is doubled), a quoted field the block does not
  ;; close, a record that does not have `width` fields, or a last record without its line feed that is
  ;; short.
  (func (export "scan") (param $block i32) (param $len i32) (param $out i32) (param $width i32) (param $base i32) (result i32)
    (local $i i32) (local $chunk v128) (local $bits i32) (local $lineFeeds i32)
    (local $count i32) (local $records i32) (local $unended i32) (local $r i32) (local $last i32)
    (local $quotes i32) (local $returns i32) (local $stops i32) (local $inside i32) (local $carry i32)
    (local $before i32) (local $pending i32) (local $lineEnd i32) (local $c i32)
    ;; `carry`: all ones while inside a quoted field. `pending`: the chunk before ended with a closing
    ;; quote, which this one's first byte must follow with a separator, a quote or a CR; `lineEnd`: with
    ;; a CR outside quotes, which an LF must follow.
    (block $end
      (loop $chunks
        (br_if $end (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $chunk (v128.load (i32.add (local.get $block) (local.get $i))))
        (if (i32.or (local.get $carry) (v128.any_true (v128.or
              (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 34)))
              (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 13))))))
          (then
            ;; A quote or a CR, or inside a quoted field. One bit per LF (10), per LF or ',' (44), per
            ;; '"' (34), per CR (13); whether the byte before the chunk may precede an opening quote.
            (local.set $lineFeeds (i8x16.bitmask (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 10)))))
            (local.set $stops (i32.or (local.get $lineFeeds)
              (i8x16.bitmask (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 44))))))
            (local.set $quotes (i8x16.bitmask (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 34)))))
            (local.set $returns (i8x16.bitmask (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 13)))))
            (local.set $before (i32.const 1))
            (if (local.get $i)
              (then
                (local.set $c (i32.load8_u (i32.add (local.get $block) (i32.sub (local.get $i) (i32.const 1)))))
                (local.set $before (i32.or (i32.or (i32.eq (local.get $c) (i32.const 44)) (i32.eq (local.get $c) (i32.const 10)))
                  (i32.eq (local.get $c) (i32.const 34))))))
            (if (i32.and (local.get $pending) (i32.eqz (i32.and (i32.or (i32.or (local.get $stops) (local.get $quotes)) (local.get $returns)) (i32.const 1))))
              (then (return (i32.const -1))))
            (if (i32.and (local.get $lineEnd) (i32.eqz (i32.and (local.get $lineFeeds) (i32.const 1))))
              (then (return (i32.const -1))))
            ;; Inside quotes: the prefix XOR of the quote bits (each quote toggles), continued from the
            ;; chunk before. A quote whose bit is set there opens a field, the others close one.
            (local.set $inside (local.get $quotes))
            (local.set $inside (i32.xor (local.get $inside) (i32.shl (local.get $inside) (i32.const 1))))
            (local.set $inside (i32.xor (local.get $inside) (i32.shl (local.get $inside) (i32.const 2))))
            (local.set $inside (i32.xor (local.get $inside) (i32.shl (local.get $inside) (i32.const 4))))
            (local.set $inside (i32.xor (local.get $inside) (i32.shl (local.get $inside) (i32.const 8))))
            (local.set $inside (i32.and (i32.xor (local.get $inside) (local.get $carry)) (i32.const 0xffff)))
            (local.set $carry (i32.and (i32.sub (i32.const 0) (i32.shr_u (local.get $inside) (i32.const 15))) (i32.const 0xffff)))
            ;; A CR outside quotes but before an LF; a quote opening after anything but a separator
            ;; or a quote; one closing before anything but a separator, a quote, a CR or the block's end.
            (if (i32.or (i32.or
                  (i32.and (i32.and (local.get $returns) (i32.xor (local.get $inside) (i32.const 0xffff)))
                    (i32.xor (i32.or (i32.shr_u (local.get $lineFeeds) (i32.const 1)) (i32.const 0x8000)) (i32.const 0xffff)))
                  (i32.and (i32.and (local.get $quotes) (local.get $inside))
                    (i32.xor (i32.and (i32.or (i32.shl (i32.or (local.get $stops) (local.get $quotes)) (i32.const 1)) (local.get $before)) (i32.const 0xffff)) (i32.const 0xffff))))
                  (i32.and (i32.and (i32.and (local.get $quotes) (i32.xor (local.get $inside) (i32.const 0xffff))) (i32.const 0x7fff))
                    (i32.xor (i32.or (i32.shr_u (i32.or (i32.or (local.get $stops) (local.get $quotes)) (local.get $returns)) (i32.const 1))
                      ;; the last byte of the block, when it is in this chunk
                      (if (result i32) (i32.lt_u (i32.sub (local.get $len) (local.get $i)) (i32.const 16))
                        (then (i32.shl (i32.const 1) (i32.sub (i32.sub (local.get $len) (local.get $i)) (i32.const 1))))
                        (else (i32.const 0))))
                      (i32.const 0xffff))))
              (then (return (i32.const -1))))
            ;; A quote closing at the chunk's end, or a CR outside quotes there: the next chunk checks
            ;; what follows it.
            (local.set $pending (i32.and (i32.shr_u (i32.and (local.get $quotes) (i32.xor (local.get $inside) (i32.const 0xffff))) (i32.const 15)) (i32.const 1)))
            (local.set $lineEnd (i32.and (i32.shr_u (i32.and (local.get $returns) (i32.xor (local.get $inside) (i32.const 0xffff))) (i32.const 15)) (i32.const 1)))
            ;; Commas and line feeds inside quotes are the field's.
            (local.set $stops (i32.and (local.get $stops) (i32.xor (local.get $inside) (i32.const 0xffff))))
            (local.set $lineFeeds (i32.and (local.get $lineFeeds) (i32.xor (local.get $inside) (i32.const 0xffff)))))
          (else
            ;; One bit per LF (10), and per LF or ',' (44).
            (local.set $lineFeeds (i8x16.bitmask (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 10)))))
            (local.set $stops (i32.or (local.get $lineFeeds)
              (i8x16.bitmask (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 44))))))
            (if (i32.or (local.get $pending) (local.get $lineEnd))
              (then
                (if (i32.and (local.get $pending) (i32.eqz (i32.and (local.get $stops) (i32.const 1)))) (then (return (i32.const -1))))
                (if (i32.and (local.get $lineEnd) (i32.eqz (i32.and (local.get $lineFeeds) (i32.const 1)))) (then (return (i32.const -1))))
                (local.set $pending (i32.const 0))
                (local.set $lineEnd (i32.const 0))))))
        (local.set $records (i32.add (local.get $records) (i32.popcnt (local.get $lineFeeds))))
        (local.set $bits (local.get $stops))
        (block $noMore
          (loop $separators
            (br_if $noMore (i32.eqz (local.get $bits)))
            (i32.store
              (i32.add (local.get $out) (i32.shl (local.get $count) (i32.const 2)))
              (i32.add (local.get $base) (i32.add (local.get $i) (i32.ctz (local.get $bits)))))
            (local.set $count (i32.add (local.get $count) (i32.const 1)))
            (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
            (br $separators)))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $chunks)))
    ;; A quoted field left open, or a CR at the block's end.
    (if (i32.or (local.get $carry) (local.get $lineEnd)) (then (return (i32.const -1))))
    ;; A last record without its LF.
    (if (i32.gt_u (local.get $len) (i32.const 0))
      (then
        (local.set $unended (i32.ne (i32.load8_u (i32.add (local.get $block) (i32.sub (local.get $len) (i32.const 1)))) (i32.const 10)))
        (local.set $records (i32.add (local.get $records) (local.get $unended)))))
    ;; Regular: `width` stops per record (one fewer for an unended last one), and the last of each
    ;; ended record is its LF. With as many stops as LFs, every other stop is then a comma.
    (if (i32.ne (local.get $count) (i32.sub (i32.mul (local.get $records) (local.get $width)) (local.get $unended)))
      (then (return (i32.const -1))))
    (local.set $last (i32.sub (local.get $records) (local.get $unended)))
    (block $checked
      (loop $check
        (br_if $checked (i32.ge_u (local.get $r) (local.get $last)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br_if $check (i32.eq (i32.const 10) (i32.load8_u (i32.add (i32.sub (local.get $block) (local.get $base))
          (i32.load (i32.add (local.get $out) (i32.shl (i32.sub (i32.mul (local.get $r) (local.get $width)) (i32.const 1)) (i32.const 2))))))))
        (return (i32.const -1))))
    (global.set $records (local.get $records))
    (local.get $count))

  ;; numbers(block, k, width, row, rows, count, len, base, stops, dst): the numbers of field k of
  ;; records row, row + 1, … as f64 at dst + 8·record, each equal to JavaScript's Number() of its
  ;; text (of a quoted field, its text between the quotes). Returns the first record it leaves to its
  ;; caller (rows when none): a field that is empty (or "" quoted), is not [-]digits[.digits], has more
  ;; than 19 significant digits or 22 decimals, is integer text of more than 15 characters or "-0", or
  ;; whose correct rounding is not told apart here (see below).
  (func (export "numbers") (param $block i32) (param $k i32) (param $width i32) (param $row i32) (param $rows i32)
        (param $count i32) (param $len i32) (param $base i32) (param $stops i32) (param $dst i32) (result i32)
    (local $j i32) (local $i i32) (local $start i32) (local $end i32) (local $c i32) (local $negative i32)
    (local $point i32) (local $started i32) (local $significant i32) (local $decimals i32) (local $shift i32)
    (local $w i64) (local $eight i64) (local $v f64) (local $mh f64) (local $p f64) (local $q f64) (local $qp f64)
    (local $l f64) (local $rest f64) (local $margin f64)
    (local $ah f64) (local $al f64) (local $bh f64) (local $bl f64)
    (global.set $noted (i32.const 0))
    (local.set $shift (i32.sub (local.get $block) (local.get $base)))
    (local.set $j (i32.add (local.get $k) (i32.mul (local.get $row) (local.get $width))))
    (block $done
      (loop $records
        (br_if $done (i32.ge_u (local.get $row) (local.get $rows)))
        ;; Field j: from after stop j − 1 (the block's start for j = 0) to stop j (the block's end after the last stop).
        (local.set $start (if (result i32) (local.get $j)
          (then (i32.add (local.get $shift) (i32.add (i32.load (i32.add (local.get $stops) (i32.shl (i32.sub (local.get $j) (i32.const 1)) (i32.const 2)))) (i32.const 1))))
          (else (local.get $block))))
        (local.set $end (if (result i32) (i32.lt_u (local.get $j) (local.get $count))
          (then (i32.add (local.get $shift) (i32.load (i32.add (local.get $stops) (i32.shl (local.get $j) (i32.const 2))))))
          (else (i32.add (local.get $block) (local.get $len)))))
        ;; Before the CR of a CRLF (outside quotes, a CR comes only there).
        (if (i32.lt_u (local.get $start) (local.get $end))
          (then (local.set $end (i32.sub (local.get $end) (i32.eq (i32.load8_u (i32.sub (local.get $end) (i32.const 1))) (i32.const 13))))))
        (br_if $done (i32.eq (local.get $start) (local.get $end)))
        ;; A quoted field: its text is between the quotes (a doubled quote inside is no number text).
        (if (i32.eq (i32.load8_u (local.get $start)) (i32.const 34))
          (then
            (local.set $start (i32.add (local.get $start) (i32.const 1)))
            (local.set $end (i32.sub (local.get $end) (i32.const 1)))
            (br_if $done (i32.eq (local.get $start) (local.get $end)))))
        ;; 1 to 8 digits, the most common case, without a loop: the field's bytes moved up so that its
        ;; last digit is the top byte, '0's below its first; then the eight digits as one number.
        (if (i32.le_u (i32.sub (local.get $end) (local.get $start)) (i32.const 8))
          (then
            (local.set $eight (i64.extend_i32_u (i32.shl (i32.sub (i32.const 8) (i32.sub (local.get $end) (local.get $start))) (i32.const 3))))
            (local.set $eight (i64.sub
              (i64.or (i64.shl (i64.load (local.get $start)) (local.get $eight))
                (select (i64.shr_u (i64.const 0x3030303030303030) (i64.sub (i64.const 64) (local.get $eight))) (i64.const 0) (i64.ne (local.get $eight) (i64.const 0))))
              (i64.const 0x3030303030303030)))
            (if (i64.eqz (i64.and (i64.or (local.get $eight) (i64.add (local.get $eight) (i64.const 0x7676767676767676))) (i64.const 0x8080808080808080)))
              (then
                (local.set $eight (i64.and (i64.add (i64.mul (local.get $eight) (i64.const 10)) (i64.shr_u (local.get $eight) (i64.const 8)))
                  (i64.const 0x00ff00ff00ff00ff)))
                (local.set $eight (i64.and (i64.add (i64.mul (local.get $eight) (i64.const 100)) (i64.shr_u (local.get $eight) (i64.const 16)))
                  (i64.const 0x0000ffff0000ffff)))
                (local.set $eight (i64.and (i64.add (i64.mul (local.get $eight) (i64.const 10000)) (i64.shr_u (local.get $eight) (i64.const 32)))
                  (i64.const 0xffffffff)))
                (f64.store (i32.add (local.get $dst) (i32.shl (local.get $row) (i32.const 3))) (f64.convert_i64_u (local.get $eight)))
                (local.set $row (i32.add (local.get $row) (i32.const 1)))
                (local.set $j (i32.add (local.get $j) (local.get $width)))
                (br $records)))))
        (local.set $negative (i32.eq (i32.load8_u (local.get $start)) (i32.const 45)))
        (local.set $i (i32.add (local.get $start) (local.get $negative)))
        (local.set $w (i64.const 0))
        (local.set $point (i32.const -1))
        (local.set $started (i32.const 0))
        (local.set $significant (i32.const 0))
        ;; The digits, as one unsigned integer (wrapping past 19 significant digits, which are refused
        ;; below), and where the point is; `significant` counts the digits from the first non-zero one.
        (block $digitsEnd
          (loop $digits
            ;; Eight digits at a time while there are eight: their values, one per byte (the first one
            ;; lowest); a byte outside '0'..'9' sets a high bit (a borrow comes only from one below '0').
            (if (i32.le_u (i32.add (local.get $i) (i32.const 8)) (local.get $end))
              (then
                (local.set $eight (i64.sub (i64.load (local.get $i)) (i64.const 0x3030303030303030)))
                (if (i64.eqz (i64.and (i64.or (local.get $eight) (i64.add (local.get $eight) (i64.const 0x7676767676767676)))
                      (i64.const 0x8080808080808080)))
                  (then
                    (if (local.get $started)
                      (then (local.set $significant (i32.add (local.get $significant) (i32.const 8))))
                      (else
                        (if (i64.ne (local.get $eight) (i64.const 0))
                          (then
                            (local.set $started (i32.const 1))
                            ;; The zeros before the first non-zero digit are its lowest zero bytes.
                            (local.set $significant (i32.sub (i32.const 8)
                              (i32.wrap_i64 (i64.shr_u (i64.ctz (local.get $eight)) (i64.const 3)))))))))
                    ;; Pairs, then fours, then the eight digits as one number.
                    (local.set $eight (i64.and (i64.add (i64.mul (local.get $eight) (i64.const 10)) (i64.shr_u (local.get $eight) (i64.const 8)))
                      (i64.const 0x00ff00ff00ff00ff)))
                    (local.set $eight (i64.and (i64.add (i64.mul (local.get $eight) (i64.const 100)) (i64.shr_u (local.get $eight) (i64.const 16)))
                      (i64.const 0x0000ffff0000ffff)))
                    (local.set $eight (i64.and (i64.add (i64.mul (local.get $eight) (i64.const 10000)) (i64.shr_u (local.get $eight) (i64.const 32)))
                      (i64.const 0xffffffff)))
                    (local.set $w (i64.add (i64.mul (local.get $w) (i64.const 100000000)) (local.get $eight)))
                    (local.set $i (i32.add (local.get $i) (i32.const 8)))
                    (br $digits)))))
            (br_if $digitsEnd (i32.ge_u (local.get $i) (local.get $end)))
            (local.set $c (i32.sub (i32.load8_u (local.get $i)) (i32.const 48)))
            (if (i32.le_u (local.get $c) (i32.const 9))
              (then
                (local.set $w (i64.add (i64.mul (local.get $w) (i64.const 10)) (i64.extend_i32_u (local.get $c))))
                (local.set $started (i32.or (local.get $started) (i32.ne (local.get $c) (i32.const 0))))
                (local.set $significant (i32.add (local.get $significant) (local.get $started))))
              (else
                ;; The first '.' (46): the point; anything else ends the digits.
                (br_if $digitsEnd (i32.or (i32.ne (local.get $c) (i32.const -2)) (i32.ge_s (local.get $point) (i32.const 0))))
                (local.set $point (local.get $i))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $digits)))
        (br_if $done (i32.ne (local.get $i) (local.get $end)))
        (if (i32.ge_s (local.get $point) (i32.const 0))
          (then
            ;; A digit before the point and one after it.
            (br_if $done (i32.eq (local.get $point) (i32.add (local.get $start) (local.get $negative))))
            (local.set $decimals (i32.sub (i32.sub (local.get $end) (local.get $point)) (i32.const 1)))
            (br_if $done (i32.eqz (local.get $decimals)))
            (br_if $done (i32.gt_u (local.get $decimals) (i32.const 22))))
          (else
            ;; Integer text: a digit; "-0" and more than 15 characters keep their text (csv-bytes.ts needsText).
            (br_if $done (i32.eq (local.get $end) (i32.add (local.get $start) (local.get $negative))))
            (br_if $done (i32.gt_u (i32.sub (local.get $end) (local.get $start)) (i32.const 15)))
            (br_if $done (i32.and (local.get $negative) (i64.eqz (local.get $w))))
            (local.set $decimals (i32.const 0))))
        (br_if $done (i32.gt_u (local.get $significant) (i32.const 19)))
        (if (i32.eqz (local.get $decimals))
          (then
            ;; Integer text of at most 15 characters: exact, and a whole safe integer.
            (local.set $v (f64.convert_i64_u (local.get $w))))
          (else
            (local.set $p (f64.load (i32.shl (local.get $decimals) (i32.const 3))))
            (if (i64.le_u (local.get $w) (i64.const 9007199254740992))
              (then
                ;; An exact integer over an exact power of ten: one correctly rounded division.
                (local.set $v (f64.div (f64.convert_i64_u (local.get $w)) (local.get $p))))
              (else
                ;; Up to 19 digits: w = mh + (w − mh) exactly as a double-double, divided by p to within
                ;; 2^-100 of the true value (text-bytes.ts longDecimal, the same steps). Its rounded sum
                ;; is the correctly rounded value unless the true value may lie at or past the midpoint
                ;; to a neighbour: then the caller decides.
                (local.set $mh (f64.convert_i64_u (local.get $w)))
                (local.set $q (f64.div (local.get $mh) (local.get $p)))
                (local.set $qp (f64.mul (local.get $q) (local.get $p)))
                ;; q·p − qp exactly (Dekker's two-product; 134217729 = 2^27 + 1 splits each in halves).
                (local.set $ah (f64.mul (f64.const 134217729) (local.get $q)))
                (local.set $ah (f64.sub (local.get $ah) (f64.sub (local.get $ah) (local.get $q))))
                (local.set $al (f64.sub (local.get $q) (local.get $ah)))
                (local.set $bh (f64.mul (f64.const 134217729) (local.get $p)))
                (local.set $bh (f64.sub (local.get $bh) (f64.sub (local.get $bh) (local.get $p))))
                (local.set $bl (f64.sub (local.get $p) (local.get $bh)))
                (local.set $l (f64.add (f64.add (f64.add (f64.sub (f64.mul (local.get $ah) (local.get $bh)) (local.get $qp))
                  (f64.mul (local.get $ah) (local.get $bl))) (f64.mul (local.get $al) (local.get $bh))) (f64.mul (local.get $al) (local.get $bl))))
                (local.set $l (f64.div
                  (f64.add
                    (f64.sub (f64.sub (local.get $mh) (local.get $qp)) (local.get $l))
                    (f64.convert_i64_s (i64.sub (local.get $w) (i64.trunc_f64_u (local.get $mh)))))
                  (local.get $p)))
                (local.set $v (f64.add (local.get $q) (local.get $l)))
                (local.set $rest (f64.sub (local.get $l) (f64.sub (local.get $v) (local.get $q))))
                (local.set $margin (f64.mul (f64.abs (local.get $v)) (f64.const 0x1p-99)))
                (br_if $done (f64.ne (f64.add (local.get $v) (f64.add (local.get $rest) (local.get $margin))) (local.get $v)))
                (br_if $done (f64.ne (f64.add (local.get $v) (f64.sub (local.get $rest) (local.get $margin))) (local.get $v)))))
            (if (i32.or (f64.ne (f64.trunc (local.get $v)) (local.get $v)) (f64.gt (local.get $v) (f64.const 9007199254740991)))
              (then (global.set $noted (i32.const 1))))))
        (if (local.get $negative) (then (local.set $v (f64.neg (local.get $v)))))
        (f64.store (i32.add (local.get $dst) (i32.shl (local.get $row) (i32.const 3))) (local.get $v))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (local.set $j (i32.add (local.get $j) (local.get $width)))
        (br $records)))
    (local.get $row))

  ;; fields(block, k, width, rows, count, len, base, stops, dst, ends, at): the bytes of field k of
  ;; every record (of a quoted field, those between its quotes, a doubled quote read as one), one
  ;; after another from dst, and for record r at + the end of its bytes there as u32 at ends + 4·r.
  ;; Returns the bytes written, with the number of empty fields (no bytes, not even quotes) in the
  ;; global `noted`.
  ;; Copies 16 bytes at a time: dst needs 16 bytes of room past the last field.
  (func (export "fields") (param $block i32) (param $k i32) (param $width i32) (param $rows i32)
        (param $count i32) (param $len i32) (param $base i32) (param $stops i32) (param $dst i32) (param $ends i32) (param $at i32) (result i32)
    (local $row i32) (local $j i32) (local $start i32) (local $end i32) (local $to i32) (local $empty i32) (local $shift i32)
    (local.set $shift (i32.sub (local.get $block) (local.get $base)))
    (local.set $to (local.get $dst))
    (local.set $j (local.get $k))
    (block $done
      (loop $records
        (br_if $done (i32.ge_u (local.get $row) (local.get $rows)))
        ;; Field j: from after stop j − 1 (the block's start for j = 0) to stop j (the block's end after the last stop).
        (local.set $start (if (result i32) (local.get $j)
          (then (i32.add (local.get $shift) (i32.add (i32.load (i32.add (local.get $stops) (i32.shl (i32.sub (local.get $j) (i32.const 1)) (i32.const 2)))) (i32.const 1))))
          (else (local.get $block))))
        (local.set $end (if (result i32) (i32.lt_u (local.get $j) (local.get $count))
          (then (i32.add (local.get $shift) (i32.load (i32.add (local.get $stops) (i32.shl (local.get $j) (i32.const 2))))))
          (else (i32.add (local.get $block) (local.get $len)))))
        ;; Before the CR of a CRLF (outside quotes, a CR comes only there).
        (if (i32.lt_u (local.get $start) (local.get $end))
          (then (local.set $end (i32.sub (local.get $end) (i32.eq (i32.load8_u (i32.sub (local.get $end) (i32.const 1))) (i32.const 13))))))
        (local.set $empty (i32.add (local.get $empty) (i32.eq (local.get $start) (local.get $end))))
        (if (i32.and (i32.lt_u (local.get $start) (local.get $end)) (i32.eq (i32.load8_u (local.get $start)) (i32.const 34)))
          (then
            ;; A quoted field: the bytes between its quotes, a doubled quote read as one.
            (local.set $start (i32.add (local.get $start) (i32.const 1)))
            (local.set $end (i32.sub (local.get $end) (i32.const 1)))
            (block $unquoted
              (loop $byte
                (br_if $unquoted (i32.ge_u (local.get $start) (local.get $end)))
                (i32.store8 (local.get $to) (i32.load8_u (local.get $start)))
                (local.set $start (i32.add (local.get $start)
                  (i32.add (i32.const 1) (i32.eq (i32.load8_u (local.get $start)) (i32.const 34)))))
                (local.set $to (i32.add (local.get $to) (i32.const 1)))
                (br $byte))))
          (else
            (block $copied
              (loop $copy
                (br_if $copied (i32.ge_u (local.get $start) (local.get $end)))
                (v128.store (local.get $to) (v128.load (local.get $start)))
                (local.set $to (i32.add (local.get $to) (i32.const 16)))
                (local.set $start (i32.add (local.get $start) (i32.const 16)))
                (br $copy)))
            ;; Back to the field's true end (the last 16 bytes may have copied past it).
            (local.set $to (i32.sub (local.get $to) (i32.sub (local.get $start) (local.get $end))))))
        (i32.store (i32.add (local.get $ends) (i32.shl (local.get $row) (i32.const 2)))
          (i32.add (local.get $at) (i32.sub (local.get $to) (local.get $dst))))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (local.set $j (i32.add (local.get $j) (local.get $width)))
        (br $records)))
    (global.set $noted (local.get $empty))
    (i32.sub (local.get $to) (local.get $dst)))

  ;; The key of a field of 1 to 8 bytes at `at`: its bytes as a little-endian integer.
  (func $key (param $at i32) (param $length i32) (result i64)
    (i64.and (i64.load (local.get $at)) (i64.shr_u (i64.const -1) (i64.extend_i32_u (i32.sub (i32.const 64) (i32.shl (local.get $length) (i32.const 3)))))))

  ;; The slot of a key in a code table (4096 slots of 16 bytes: the key, its length, its code; length 0
  ;; for a free slot), by multiplicative hashing.
  (func $slot (param $key i64) (param $length i32) (result i32)
    (i32.wrap_i64 (i64.shr_u (i64.mul (i64.xor (local.get $key) (i64.extend_i32_u (local.get $length))) (i64.const 0x9e3779b97f4a7c15)) (i64.const 52))))

  ;; learn(table, at, length, code): the field of 1 to 8 bytes at `at` has `code` in the code table at
  ;; `table` (which has a free slot: csv-scan.ts fills tables at most half).
  (func (export "learn") (param $table i32) (param $at i32) (param $length i32) (param $code i32)
    (local $key i64) (local $slot i32) (local $entry i32)
    (local.set $key (call $key (local.get $at) (local.get $length)))
    (local.set $slot (call $slot (local.get $key) (local.get $length)))
    (loop $probe
      (local.set $entry (i32.add (local.get $table) (i32.shl (local.get $slot) (i32.const 4))))
      (if (i32.load offset=8 (local.get $entry))
        (then
          (local.set $slot (i32.and (i32.add (local.get $slot) (i32.const 1)) (i32.const 4095)))
          (br $probe))))
    (i64.store (local.get $entry) (local.get $key))
    (i32.store offset=8 (local.get $entry) (local.get $length))
    (i32.store offset=12 (local.get $entry) (local.get $code)))

  ;; codes(block, k, width, row, rows, count, len, base, stops, dst, table): the codes of field k of
  ;; records row, row + 1, … as i32 at dst + 4·record, from the code table at `table` (of a quoted
  ;; field, the string between its quotes). Returns the first record it leaves to its caller (rows when
  ;; none): a field that is empty (or "" quoted), longer than 8 bytes, with a doubled quote, or not in
  ;; the table.
  (func (export "codes") (param $block i32) (param $k i32) (param $width i32) (param $row i32) (param $rows i32)
        (param $count i32) (param $len i32) (param $base i32) (param $stops i32) (param $dst i32) (param $table i32) (result i32)
    (local $j i32) (local $start i32) (local $end i32) (local $length i32) (local $shift i32) (local $key i64)
    (local $slot i32) (local $entry i32) (local $seen i32) (local $quoted i32)
    (local.set $shift (i32.sub (local.get $block) (local.get $base)))
    (local.set $j (i32.add (local.get $k) (i32.mul (local.get $row) (local.get $width))))
    (block $done
      (loop $records
        (br_if $done (i32.ge_u (local.get $row) (local.get $rows)))
        (local.set $start (if (result i32) (local.get $j)
          (then (i32.add (local.get $shift) (i32.add (i32.load (i32.add (local.get $stops) (i32.shl (i32.sub (local.get $j) (i32.const 1)) (i32.const 2)))) (i32.const 1))))
          (else (local.get $block))))
        (local.set $end (if (result i32) (i32.lt_u (local.get $j) (local.get $count))
          (then (i32.add (local.get $shift) (i32.load (i32.add (local.get $stops) (i32.shl (local.get $j) (i32.const 2))))))
          (else (i32.add (local.get $block) (local.get $len)))))
        ;; Before the CR of a CRLF (outside quotes, a CR comes only there).
        (if (i32.lt_u (local.get $start) (local.get $end))
          (then (local.set $end (i32.sub (local.get $end) (i32.eq (i32.load8_u (i32.sub (local.get $end) (i32.const 1))) (i32.const 13))))))
        (br_if $done (i32.eq (local.get $start) (local.get $end)))
        ;; A quoted field: the string between the quotes (with a doubled quote inside: left to the caller).
        (local.set $quoted (i32.eq (i32.load8_u (local.get $start)) (i32.const 34)))
        (local.set $start (i32.add (local.get $start) (local.get $quoted)))
        (local.set $end (i32.sub (local.get $end) (local.get $quoted)))
        (local.set $length (i32.sub (local.get $end) (local.get $start)))
        (br_if $done (i32.eqz (local.get $length)))
        (br_if $done (i32.gt_u (local.get $length) (i32.const 8)))
        ;; $key and $slot, written out (no call in the loop).
        (local.set $key (i64.and (i64.load (local.get $start))
          (i64.shr_u (i64.const -1) (i64.extend_i32_u (i32.sub (i32.const 64) (i32.shl (local.get $length) (i32.const 3)))))))
        (local.set $slot (i32.wrap_i64 (i64.shr_u (i64.mul (i64.xor (local.get $key) (i64.extend_i32_u (local.get $length)))
          (i64.const 0x9e3779b97f4a7c15)) (i64.const 52))))
        ;; A quote among the key's bytes (a zero byte of key ^ 0x22…, the bytes past the string being 0).
        (br_if $done (i32.and (local.get $quoted) (i64.ne (i64.const 0)
          (i64.and (i64.and (i64.sub (i64.xor (local.get $key) (i64.const 0x2222222222222222)) (i64.const 0x0101010101010101))
            (i64.xor (i64.xor (local.get $key) (i64.const 0x2222222222222222)) (i64.const -1))) (i64.const 0x8080808080808080)))))
        (block $found
          (loop $probe
            (local.set $entry (i32.add (local.get $table) (i32.shl (local.get $slot) (i32.const 4))))
            (local.set $seen (i32.load offset=8 (local.get $entry)))
            (br_if $done (i32.eqz (local.get $seen)))
            (br_if $found (i32.and (i32.eq (local.get $seen) (local.get $length)) (i64.eq (i64.load (local.get $entry)) (local.get $key))))
            (local.set $slot (i32.and (i32.add (local.get $slot) (i32.const 1)) (i32.const 4095)))
            (br $probe)))
        (i32.store (i32.add (local.get $dst) (i32.shl (local.get $row) (i32.const 2))) (i32.load offset=12 (local.get $entry)))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (local.set $j (i32.add (local.get $j) (local.get $width)))
        (br $records)))
    (local.get $row))
)
