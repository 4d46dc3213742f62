import { asList, call, sandbox, stopSandboxes } from './github-fixture.js'

afterEach(stopSandboxes)

const REPO = '/repos/octo/hello'

describe('check runs and suites', () => {
  it('creates, updates, reads and lists check runs with filters', async () => {
    const s = await sandbox()
    const sha = s.state.commit('octo', 'hello', { message: 'feat: x' })
    const created = await call(s.url, 'POST', `${REPO}/check-runs`, {
      body: {
        name: 'release-gate',
        head_sha: sha,
        status: 'in_progress',
        output: { title: 'Gate', summary: 'Checking' },
      },
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      name: 'release-gate',
      head_sha: sha,
      status: 'in_progress',
      conclusion: null,
      output: { title: 'Gate', summary: 'Checking', text: null, annotations_count: 0 },
      app: { slug: 'github-actions', name: 'GitHub Actions', owner: { login: 'github' } },
    })
    const id = created.body.id as number
    const done = await call(s.url, 'PATCH', `${REPO}/check-runs/${id}`, {
      body: {
        conclusion: 'success',
        output: {
          title: 'Gate',
          summary: 'All good',
          annotations: [
            { path: 'a.ts', start_line: 1, end_line: 1, annotation_level: 'notice', message: 'ok' },
          ],
        },
      },
    })
    expect(done.body).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      output: { summary: 'All good', annotations_count: 1 },
    })
    expect(done.body.completed_at).not.toBeNull()
    expect((await call(s.url, 'GET', `${REPO}/check-runs/${id}`)).body.conclusion).toBe('success')

    await call(s.url, 'POST', `${REPO}/check-runs`, { body: { name: 'lint', head_sha: sha } })
    await call(s.url, 'POST', `${REPO}/check-runs`, {
      body: { name: 'release-gate', head_sha: sha, conclusion: 'failure' },
    })
    const names = async (query: string) =>
      asList(
        (await call(s.url, 'GET', `${REPO}/commits/main/check-runs${query}`)).body.check_runs,
      ).map((r: { name: string; conclusion: string | null }) => `${r.name}:${r.conclusion}`)
    expect(await names('')).toEqual(['release-gate:failure', 'lint:null'])
    expect(await names('?filter=all')).toEqual([
      'release-gate:failure',
      'lint:null',
      'release-gate:success',
    ])
    expect(await names('?check_name=lint')).toEqual(['lint:null'])
    expect(await names('?status=completed&filter=all')).toEqual([
      'release-gate:failure',
      'release-gate:success',
    ])
    expect((await call(s.url, 'GET', `${REPO}/commits/${sha}/check-runs`)).body.total_count).toBe(2)
    expect(s.state.checkRuns('octo', 'hello')).toHaveLength(3)

    const suites = await call(s.url, 'GET', `${REPO}/commits/${sha}/check-suites`)
    expect(suites.body.total_count).toBe(1)
    expect(suites.body.check_suites[0]).toMatchObject({
      head_sha: sha,
      head_branch: 'main',
      status: 'in_progress',
      latest_check_runs_count: 3,
      head_commit: { id: sha, message: 'feat: x' },
    })
    const suiteId = suites.body.check_suites[0].id as number
    expect(created.body.check_suite).toEqual({ id: suiteId })
    expect((await call(s.url, 'GET', `${REPO}/check-suites/${suiteId}`)).body.id).toBe(suiteId)
    expect(
      (await call(s.url, 'GET', `${REPO}/commits/${sha}/check-suites?check_name=nope`)).body
        .total_count,
    ).toBe(0)
  })

  it('needs a conclusion to complete, and an app to write', async () => {
    const s = await sandbox()
    s.tokens.register('pat', { kind: 'pat', permissions: { checks: 'write' } })
    s.tokens.register('other-app', {
      kind: 'app',
      permissions: { checks: 'write' },
      app: { id: 77, slug: 'other', name: 'Other' },
    })
    const sha = s.state.commit('octo', 'hello', { message: 'feat: x' })
    const incomplete = await call(s.url, 'POST', `${REPO}/check-runs`, {
      body: { name: 'x', head_sha: sha, status: 'completed' },
    })
    expect(incomplete.status).toBe(422)
    expect(incomplete.body.message).toBe('Invalid request.\n\n"conclusion" wasn\'t supplied.')
    const byPat = await call(s.url, 'POST', `${REPO}/check-runs`, {
      token: 'pat',
      body: { name: 'x', head_sha: sha },
    })
    expect(byPat.status).toBe(403)
    expect(byPat.body.message).toBe('You must authenticate via a GitHub App.')
    const run = await call(s.url, 'POST', `${REPO}/check-runs`, {
      body: { name: 'x', head_sha: sha },
    })
    const byOther = await call(s.url, 'PATCH', `${REPO}/check-runs/${run.body.id as number}`, {
      token: 'other-app',
      body: { status: 'in_progress' },
    })
    expect(byOther.status).toBe(403)
    expect(byOther.body.message).toBe(
      'Invalid app_id `77` - check run can only be modified by the GitHub App that created it.',
    )
    const unknown = await call(s.url, 'POST', `${REPO}/check-runs`, {
      body: { name: 'x', head_sha: 'main2' },
    })
    expect(unknown.body.message).toBe('No commit found for SHA: main2')
    expect((await call(s.url, 'GET', `${REPO}/check-runs/1`)).status).toBe(404)
  })
})

describe('issues and comments', () => {
  it('creates, reads, updates and lists issues with filters', async () => {
    const s = await sandbox()
    s.tokens.register('pat', { kind: 'pat', login: 'ada', permissions: { issues: 'write' } })
    const first = await call(s.url, 'POST', `${REPO}/issues`, {
      body: {
        title: 'Release v1.0.0 failed',
        body: 'Details',
        labels: ['release', { name: 'bug' }],
        assignees: ['ada'],
      },
    })
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({
      number: 1,
      state: 'open',
      title: 'Release v1.0.0 failed',
      user: { login: 'github-actions[bot]' },
      labels: [{ name: 'release', color: 'ededed' }, { name: 'bug' }],
      assignees: [{ login: 'ada' }],
      assignee: { login: 'ada' },
      performed_via_github_app: { slug: 'github-actions' },
      comments: 0,
    })
    const second = await call(s.url, 'POST', `${REPO}/issues`, {
      token: 'pat',
      body: { title: 42, labels: ['bug'] },
    })
    expect(second.body).toMatchObject({
      number: 2,
      title: '42',
      user: { login: 'ada', type: 'User' },
      performed_via_github_app: null,
    })

    const closed = await call(s.url, 'PATCH', `${REPO}/issues/1`, { body: { state: 'closed' } })
    expect(closed.body).toMatchObject({
      state: 'closed',
      state_reason: 'completed',
      closed_by: { login: 'github-actions[bot]' },
    })
    const numbers = async (query: string) =>
      (await call(s.url, 'GET', `${REPO}/issues${query}`)).list.map(
        (i: { number: number }) => i.number,
      )
    expect(await numbers('')).toEqual([2])
    expect(await numbers('?state=all')).toEqual([2, 1])
    expect(await numbers('?state=all&direction=asc')).toEqual([1, 2])
    expect(await numbers('?state=all&labels=bug,release')).toEqual([1])
    expect(await numbers('?state=all&labels=BUG')).toEqual([2, 1])
    expect(await numbers('?state=all&creator=ada')).toEqual([2])
    const reopened = await call(s.url, 'PATCH', `${REPO}/issues/1`, {
      body: { state: 'open', labels: ['triage'], title: 'Renamed' },
    })
    expect(reopened.body).toMatchObject({
      state: 'open',
      state_reason: 'reopened',
      closed_at: null,
      title: 'Renamed',
      labels: [{ name: 'triage' }],
    })
    expect((await call(s.url, 'GET', `${REPO}/issues/1`)).body.title).toBe('Renamed')
    expect((await call(s.url, 'GET', `${REPO}/issues/9`)).status).toBe(404)
    expect(s.state.issues('octo', 'hello').map((i) => i.number)).toEqual([1, 2])
  })

  it('creates, lists, updates and deletes comments', async () => {
    const s = await sandbox()
    await call(s.url, 'POST', `${REPO}/issues`, { body: { title: 'Tracking' } })
    const comment = await call(s.url, 'POST', `${REPO}/issues/1/comments`, {
      body: { body: 'Published 1.0.0' },
    })
    expect(comment.status).toBe(201)
    expect(comment.body).toMatchObject({
      body: 'Published 1.0.0',
      user: { login: 'github-actions[bot]' },
      issue_url: `${s.url}${REPO}/issues/1`,
    })
    const id = comment.body.id as number
    await call(s.url, 'POST', `${REPO}/issues/1/comments`, { body: { body: 'Second' } })
    expect(
      (await call(s.url, 'GET', `${REPO}/issues/1/comments`)).list.map(
        (c: { body: string }) => c.body,
      ),
    ).toEqual(['Published 1.0.0', 'Second'])
    expect((await call(s.url, 'GET', `${REPO}/issues/1`)).body.comments).toBe(2)
    expect(
      (await call(s.url, 'PATCH', `${REPO}/issues/comments/${id}`, { body: { body: 'Edited' } }))
        .body.body,
    ).toBe('Edited')
    expect((await call(s.url, 'GET', `${REPO}/issues/comments/${id}`)).body.body).toBe('Edited')
    expect((await call(s.url, 'GET', `${REPO}/issues/comments`)).body).toHaveLength(2)
    expect((await call(s.url, 'DELETE', `${REPO}/issues/comments/${id}`)).status).toBe(204)
    expect((await call(s.url, 'GET', `${REPO}/issues/comments/${id}`)).status).toBe(404)
    expect(s.state.comments('octo', 'hello', 1).map((c) => c.body)).toEqual(['Second'])
    expect(
      (await call(s.url, 'POST', `${REPO}/issues/7/comments`, { body: { body: 'x' } })).status,
    ).toBe(404)
  })

  it('answers GitHub’s validation errors for issues and comments', async () => {
    const s = await sandbox()
    const blankTitle = await call(s.url, 'POST', `${REPO}/issues`, { body: { title: ' ' } })
    expect(blankTitle.body).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }],
    })
    const milestone = await call(s.url, 'POST', `${REPO}/issues`, {
      body: { title: 'x', milestone: 3 },
    })
    expect(milestone.body.errors).toEqual([
      {
        resource: 'Issue',
        code: 'invalid',
        field: 'milestone',
        message: 'milestone does not exist',
      },
    ])
    const title = await call(s.url, 'POST', `${REPO}/issues`, { body: { title: true } })
    expect(title.body.message).toBe(
      "Invalid request.\n\nFor 'properties/title', true is not a string or an integer.",
    )
    await call(s.url, 'POST', `${REPO}/issues`, { body: { title: 'x' } })
    const blank = await call(s.url, 'POST', `${REPO}/issues/1/comments`, { body: { body: '' } })
    expect(blank.body).toEqual({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'unprocessable',
          field: 'data',
          message: 'Body cannot be blank',
        },
      ],
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '422',
    })
    const long = await call(s.url, 'POST', `${REPO}/issues/1/comments`, {
      body: { body: 'a'.repeat(65537) },
    })
    expect(long.body.errors[0].message).toBe('Body is too long (maximum is 65536 characters)')
    const missing = await call(s.url, 'POST', `${REPO}/issues/1/comments`, { body: {} })
    expect(missing.body.message).toBe('Invalid request.\n\n"body" wasn\'t supplied.')
    const nil = await call(s.url, 'POST', `${REPO}/issues/1/comments`, { body: { body: null } })
    expect(nil.body.message).toBe("Invalid request.\n\nFor 'properties/body', nil is not a string.")
  })

  it('refuses issue writes to a token with issues: read', async () => {
    const s = await sandbox()
    s.tokens.register('issues-reader', { kind: 'app', permissions: { issues: 'read' } })
    await call(s.url, 'POST', `${REPO}/issues`, { body: { title: 'x', labels: ['keep'] } })
    const denied = await call(s.url, 'PATCH', `${REPO}/issues/1`, {
      token: 'issues-reader',
      body: { labels: [] },
    })
    expect(denied.status).toBe(403)
    expect(s.state.issues('octo', 'hello')[0]!.labels).toEqual([
      expect.objectContaining({ name: 'keep' }),
    ])
  })
})
