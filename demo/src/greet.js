/** "Hello, Ada!": the name is trimmed; an empty name greets the world. */
export function greet(name = '') {
  const who = String(name).trim() || 'world'
  return `Hello, ${who}!`
}
