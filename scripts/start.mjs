// The main job: a rehearsal of a full release against the local sandbox. The sandbox and
// `tokenless rehearse` are not built yet; say so plainly rather than pretend.
console.error(
  'npm start will rehearse a full release against the local sandbox (tokenless rehearse), which is not built yet.\n' +
    'What works today: npm test, and the validate-tag action (actions/validate-tag).',
)
process.exit(1)
