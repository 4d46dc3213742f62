/** "Hello, Ada!": an empty name is the world. */
export function greet(name = '') {
  return `Hello, ${String(name).trim() || 'world'}!`
}
