export * from './bump-recommendation.js'
export * from './changelog-section.js'
export * from './conventional-commit.js'
export * from './release-notes.js'
