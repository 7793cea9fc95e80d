;; The separator scan of regular CSV blocks (csv-scan.ts), 16 bytes at a time with WebAssembly SIMD.
;; Built into csv-scan-wasm.ts by `npm run wasm` (wabt); a test checks that the two agree.
;;
;; scan(len, out, width, base): the block is at memory [0, len), followed by padding up to the next
;; multiple of 16 that holds no separator. Writes base + the offset of every comma and line feed, in
;; order, as i32 from `out` and returns their count, with the number of records in the global
;; `records`; returns -1 as soon as the block is not regular: a quote or a carriage return, a record
;; that does not have `width` fields, or a last record without its line feed that is short.
(module
  (memory (export "memory") 1)
  (global $records (export "records") (mut i32) (i32.const 0))
  (func (export "scan") (param $len i32) (param $out i32) (param $width i32) (param $base i32) (result i32)
    (local $i i32) (local $chunk v128) (local $bits i32) (local $lineFeeds i32) (local $bit i32)
    (local $count i32) (local $field i32) (local $records i32) (local $last i32)
    (local.set $last (i32.sub (local.get $width) (i32.const 1)))
    (block $end
      (loop $chunks
        (br_if $end (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $chunk (v128.load (local.get $i)))
        ;; '"' (34) or CR (13): not regular.
        (if (v128.any_true (v128.or
              (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 34)))
              (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 13)))))
          (then (return (i32.const -1))))
        ;; One bit per LF (10), and per LF or ',' (44).
        (local.set $lineFeeds (i8x16.bitmask (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 10)))))
        (local.set $bits (i32.or (local.get $lineFeeds)
          (i8x16.bitmask (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 44))))))
        (block $noMore
          (loop $separators
            (br_if $noMore (i32.eqz (local.get $bits)))
            (local.set $bit (i32.ctz (local.get $bits)))
            (i32.store
              (i32.add (local.get $out) (i32.shl (local.get $count) (i32.const 2)))
              (i32.add (local.get $base) (i32.add (local.get $i) (local.get $bit))))
            (local.set $count (i32.add (local.get $count) (i32.const 1)))
            (if (i32.and (local.get $lineFeeds) (i32.shl (i32.const 1) (local.get $bit)))
              (then
                (if (i32.ne (local.get $field) (local.get $last)) (then (return (i32.const -1))))
                (local.set $field (i32.const 0))
                (local.set $records (i32.add (local.get $records) (i32.const 1))))
              (else
                (local.set $field (i32.add (local.get $field) (i32.const 1)))
                (if (i32.eq (local.get $field) (local.get $width)) (then (return (i32.const -1))))))
            (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
            (br $separators)))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $chunks)))
    ;; A last record without its LF.
    (if (i32.gt_u (local.get $len) (i32.const 0))
      (then
        (if (i32.ne (i32.load8_u (i32.sub (local.get $len) (i32.const 1))) (i32.const 10))
          (then
            (if (i32.ne (local.get $field) (local.get $last)) (then (return (i32.const -1))))
            (local.set $records (i32.add (local.get $records) (i32.const 1)))))))
    (global.set $records (local.get $records))
    (local.get $count)))
