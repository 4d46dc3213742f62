/** "Goodbye, Ada!": an empty name is the world. */
export function farewell(name = '') {
  return `Goodbye, ${String(name).trim() || 'world'}!`
}
