/**
 * Compensated (Neumaier) summation: long sums keep ~1 ulp of accuracy instead of drifting with n, so
 * our sums agree with numpy's pairwise sums (and with the exact sum) far inside 1e-12 relative.
 */
export class NeumaierSum {
  private sum = 0
  private compensation = 0

  add(v: number): void {
    const t = this.sum + v
    // The rounding error of `sum + v` is recovered exactly from whichever operand is larger.
    if (Math.abs(this.sum) >= Math.abs(v)) this.compensation += this.sum - t + v
    else this.compensation += v - t + this.sum
    this.sum = t
  }

  value(): number {
    return this.sum + this.compensation
  }
}

export function neumaierSum(x: ArrayLike<number>): number {
  const acc = new NeumaierSum()
  for (let i = 0; i < x.length; i++) acc.add(x[i])
  return acc.value()
}
