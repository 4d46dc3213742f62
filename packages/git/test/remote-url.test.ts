import { CommitLogParser, parseRemoteUrl } from '../src/index.js'

describe('parseRemoteUrl', () => {
  it.each([
    ['https://github.com/acme/widgets.git', 'https://github.com', 'acme', 'widgets'],
    ['https://github.com/acme/widgets', 'https://github.com', 'acme', 'widgets'],
    ['https://x-access-token@github.com/acme/widgets.git', 'https://github.com', 'acme', 'widgets'],
    ['git@github.com:acme/widgets.git', 'https://github.com', 'acme', 'widgets'],
    ['ssh://git@github.com/acme/widgets.git', 'https://github.com', 'acme', 'widgets'],
    ['git+https://github.com/acme/widgets.git', 'https://github.com', 'acme', 'widgets'],
    ['git://github.com/acme/widgets', 'https://github.com', 'acme', 'widgets'],
    ['https://ghe.example.com/acme/widgets.git', 'https://ghe.example.com', 'acme', 'widgets'],
    [
      'ssh://git@ghe.example.com:2222/acme/widgets.git',
      'https://ghe.example.com',
      'acme',
      'widgets',
    ],
    ['http://ghe.internal/acme/widgets', 'http://ghe.internal', 'acme', 'widgets'],
    ['git@gitlab.com:acme/tools/widgets.git', 'https://gitlab.com', 'acme/tools', 'widgets'],
    [
      'https://gitlab.example.com/a/b/c/widgets.git/',
      'https://gitlab.example.com',
      'a/b/c',
      'widgets',
    ],
  ])('reads %s', (url, host, owner, repo) => {
    expect(parseRemoteUrl(url)).toEqual({ host, owner, repo })
  })

  it.each([
    '/srv/git/widgets.git',
    'file:///srv/git/widgets.git',
    'C:\\repos\\widgets',
    'https://github.com/widgets',
    'git@github.com:widgets.git',
    '',
    'not a url',
  ])('gives nothing for %j', (url) => {
    expect(parseRemoteUrl(url)).toBeUndefined()
  })
})

describe('CommitLogParser', () => {
  it('reads records split anywhere across chunks', () => {
    const record = (sha: string, subject: string, body: string) =>
      [sha, 'p1 p2', subject, body, 'Ada', 'ada@example.test', '2024-01-02T03:04:05Z'].join(
        '\x1f',
      ) + '\x1e\n'
    const text =
      record('a'.repeat(40), 'feat: one', 'body\n\n') + record('b'.repeat(40), 'fix: two', '')
    for (let size = 1; size <= text.length; size += 7) {
      const parser = new CommitLogParser()
      for (let start = 0; start < text.length; start += size)
        parser.push(text.slice(start, start + size))
      expect(parser.end()).toEqual([
        {
          sha: 'a'.repeat(40),
          subject: 'feat: one',
          body: 'body',
          author: 'Ada',
          authorEmail: 'ada@example.test',
          date: '2024-01-02T03:04:05Z',
          parents: ['p1', 'p2'],
        },
        expect.objectContaining({ sha: 'b'.repeat(40), subject: 'fix: two', body: '' }),
      ])
    }
  })
})
