/** "Goodbye, Ada.": the same rules for the name as greet(). */
export function farewell(name = '') {
  const who = String(name).trim() || 'world'
  return `Goodbye, ${who}.`
}
