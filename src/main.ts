// Placeholder until the Action shell lands (issue 4).
export async function run(): Promise<void> {
  throw new Error('not implemented yet')
}
