import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { inflateRawSync } from 'node:zlib'
import { blake2b256Hex } from '../src/pypi/blake2b.js'
import {
  buildSdist,
  buildWheel,
  writeDists,
  type Dist,
  type DistSpec,
} from './fixtures/pypi/dists.js'
import {
  postUpload,
  releaseToken,
  RELEASE_PUBLISHER,
  setup,
  stopAll,
  twineUpload,
  type JsonApiProject,
  type Setup,
  type SimpleProject,
} from './fixtures/pypi/harness.js'

afterEach(stopAll)

const TOKEN = 'pypi-read-tests'
const SIMPLE_JSON = 'application/vnd.pypi.simple.v1+json'

/** Uploads `dist` with an API token, with the form fields twine would send plus `extra`. */
async function put(s: Setup, spec: DistSpec, dist: Dist, extra: Array<[string, string]> = []) {
  const wheel = dist.filename.endsWith('.whl')
  const answer = await postUpload(s, {
    token: TOKEN,
    fields: [
      [':action', 'file_upload'],
      ['protocol_version', '1'],
      ['name', spec.name],
      ['version', spec.version],
      ['filetype', wheel ? 'bdist_wheel' : 'sdist'],
      ['pyversion', wheel ? 'py3' : 'source'],
      ['metadata_version', '2.1'],
      ['sha256_digest', createHash('sha256').update(dist.data).digest('hex')],
      ...extra,
    ],
    file: { filename: dist.filename, data: dist.data },
  })
  expect(answer).toMatchObject({ status: 200 })
}

async function get(s: Setup, path: string, accept?: string) {
  const response = await fetch(`${s.pypi.url}${path}`, {
    redirect: 'manual',
    headers: accept === undefined ? {} : { accept },
  })
  const text = await response.text()
  return { status: response.status, headers: response.headers, text }
}

async function getJson(s: Setup, path: string): Promise<JsonApiProject> {
  const answer = await get(s, path)
  expect(answer.status).toBe(200)
  return JSON.parse(answer.text) as JsonApiProject
}

/** The METADATA member of a wheel built by the fixtures (deflated ZIP). */
function wheelMetadata(wheel: Buffer): Buffer {
  const name = '.dist-info/METADATA'
  const at = wheel.indexOf(name)
  const header = wheel.lastIndexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), at)
  const size = wheel.readUInt32LE(header + 18)
  const start = header + 30 + wheel.readUInt16LE(header + 26)
  return inflateRawSync(wheel.subarray(start, start + size))
}

describe('the JSON API', () => {
  it('shows what twine uploaded: metadata, files, digests, download URLs', async () => {
    const s = await setup()
    s.pypi.trustPublisher('acme-widget', RELEASE_PUBLISHER)
    const spec: DistSpec = {
      name: 'acme-widget',
      version: '1.2.0',
      summary: 'Widgets for everyone',
      requiresPython: '>=3.9',
      headers: [
        'Classifier: Programming Language :: Python :: 3',
        'Project-URL: Source, https://github.com/acme/widget',
        'Requires-Dist: requests>=2',
      ],
    }
    const files = await writeDists(join(s.dir, 'dist'), spec)
    expect((await twineUpload(s, await releaseToken(s), files)).code).toBe(0)

    const answer = await get(s, '/pypi/acme-widget/json')
    expect(answer.headers.get('content-type')).toBe('application/json')
    expect(answer.headers.get('access-control-allow-origin')).toBe('*')
    const json = JSON.parse(answer.text) as JsonApiProject
    expect(answer.headers.get('x-pypi-last-serial')).toBe(String(json.last_serial))
    expect(json.info).toMatchObject({
      name: 'acme-widget',
      version: '1.2.0',
      summary: 'Widgets for everyone',
      description: '# acme-widget\n',
      description_content_type: 'text/markdown',
      requires_python: '>=3.9',
      classifiers: ['Programming Language :: Python :: 3'],
      project_urls: { Source: 'https://github.com/acme/widget' },
      requires_dist: ['requests>=2'],
      yanked: false,
      yanked_reason: null,
      package_url: `${s.pypi.url}/project/acme-widget/`,
      release_url: `${s.pypi.url}/project/acme-widget/1.2.0/`,
    })
    expect(Object.keys(json.releases!)).toEqual(['1.2.0'])
    expect(json.urls).toEqual(json.releases!['1.2.0'])
    expect(json.vulnerabilities).toEqual([])
    for (const path of files) {
      const data = await readFile(path)
      const file = json.urls.find((f) => path.endsWith(f.filename))!
      expect(file).toMatchObject({
        digests: {
          md5: createHash('md5').update(data).digest('hex'),
          sha256: createHash('sha256').update(data).digest('hex'),
          blake2b_256: blake2b256Hex(data),
        },
        size: data.length,
        requires_python: '>=3.9',
        yanked: false,
        yanked_reason: null,
        has_sig: false,
      })
      expect(file.upload_time_iso_8601).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/)
      expect(file.upload_time).toBe(file.upload_time_iso_8601.slice(0, 19))
      // Files live under their BLAKE2 digest, as on files.pythonhosted.org.
      const b2 = blake2b256Hex(data)
      expect(file.url).toBe(
        `${s.pypi.url}/packages/${b2.slice(0, 2)}/${b2.slice(2, 4)}/${b2.slice(4)}/${file.filename}`,
      )
      const download = await fetch(file.url)
      expect(Buffer.from(await download.arrayBuffer()).equals(data)).toBe(true)
    }
    // PEP 658: the wheel's METADATA is served next to it, with its digest.
    const wheel = json.urls.find((f) => f.packagetype === 'bdist_wheel')!
    const metadata = wheelMetadata(await readFile(files[0]!))
    expect(wheel['core-metadata']).toEqual({
      sha256: createHash('sha256').update(metadata).digest('hex'),
    })
    const served = await fetch(`${wheel.url}.metadata`)
    expect(Buffer.from(await served.arrayBuffer()).equals(metadata)).toBe(true)
    expect(json.urls.find((f) => f.packagetype === 'sdist')?.['core-metadata']).toBe(false)
  })

  it('serves one version without the others, finds it by canonical version, and redirects', async () => {
    const s = await setup()
    s.pypi.addApiToken(TOKEN)
    const spec = { name: 'Acme.Widget', version: '1.2.0' }
    await put(s, spec, buildWheel(spec))
    const next = { ...spec, version: '1.3.0' }
    await put(s, next, buildWheel(next))
    const one = await getJson(s, '/pypi/acme-widget/1.2.0/json')
    expect(one.releases).toBeUndefined()
    expect(one.info.version).toBe('1.2.0')
    expect(one.urls.map((f) => f.filename)).toEqual(['acme_widget-1.2.0-py3-none-any.whl'])
    expect((await getJson(s, '/pypi/acme-widget/1.2/json')).info.version).toBe('1.2.0')
    expect((await getJson(s, '/pypi/acme-widget/json/')).info.version).toBe('1.3.0')
    const moved = await get(s, '/pypi/Acme_Widget/json')
    expect(moved.status).toBe(301)
    expect(moved.headers.get('location')).toBe('/pypi/acme-widget/json')
    const movedVersion = await get(s, '/pypi/ACME.widget/1.2.0/json')
    expect(movedVersion.headers.get('location')).toBe('/pypi/acme-widget/1.2.0/json')
    // The project keeps the spelling of its latest upload.
    expect((await getJson(s, '/pypi/acme-widget/json')).info.name).toBe('Acme.Widget')
  })

  it('answers {"message": "Not Found"} for an unknown project, version, or a project without releases', async () => {
    const s = await setup()
    s.pypi.addApiToken(TOKEN)
    s.pypi.trustPublisher('empty', RELEASE_PUBLISHER)
    const spec = { name: 'acme-widget', version: '1.2.0' }
    await put(s, spec, buildWheel(spec))
    for (const path of [
      '/pypi/nothing/json',
      '/pypi/empty/json',
      '/pypi/acme-widget/9.9/json',
      '/pypi/acme-widget/not-a-version/json',
    ]) {
      const answer = await get(s, path)
      expect(answer.status).toBe(404)
      expect(answer.text).toBe('{"message": "Not Found"}')
    }
    expect((await get(s, '/packages/aa/bb/cc/nothing.whl')).status).toBe(404)
  })

  it('picks the latest release as PyPI: not yanked, not a pre-release, highest version', async () => {
    const s = await setup()
    s.pypi.addApiToken(TOKEN)
    for (const version of ['1.2.0', '1.3.0rc1', '1.1.0']) {
      const spec = { name: 'acme-widget', version }
      await put(s, spec, buildWheel(spec))
    }
    const json = await getJson(s, '/pypi/acme-widget/json')
    expect(json.info.version).toBe('1.2.0')
    expect(Object.keys(json.releases!)).toEqual(['1.3.0rc1', '1.2.0', '1.1.0'])
    s.pypi.yank('acme-widget', '1.2.0', 'Broken entry point')
    expect((await getJson(s, '/pypi/acme-widget/json')).info.version).toBe('1.1.0')
  })

  it('shows a yank made by a maintainer in info and on every file, and its undoing', async () => {
    const s = await setup()
    s.pypi.addApiToken(TOKEN)
    const spec = { name: 'acme-widget', version: '1.2.0' }
    await put(s, spec, buildWheel(spec))
    await put(s, spec, buildSdist(spec))
    const before = (await getJson(s, '/pypi/acme-widget/json')).last_serial
    s.pypi.yank('acme-widget', '1.2.0', 'Use 1.2.1: 1.2.0 deletes data')
    const json = await getJson(s, '/pypi/acme-widget/1.2.0/json')
    expect(json.last_serial).toBeGreaterThan(before)
    expect(json.info).toMatchObject({
      yanked: true,
      yanked_reason: 'Use 1.2.1: 1.2.0 deletes data',
    })
    expect(json.urls.map((f) => [f.yanked, f.yanked_reason])).toEqual([
      [true, 'Use 1.2.1: 1.2.0 deletes data'],
      [true, 'Use 1.2.1: 1.2.0 deletes data'],
    ])
    expect(s.pypi.project('acme-widget')?.releases[0]).toMatchObject({
      yanked: true,
      yankedReason: 'Use 1.2.1: 1.2.0 deletes data',
    })
    s.pypi.unyank('acme-widget', '1.2.0')
    expect((await getJson(s, '/pypi/acme-widget/json')).info).toMatchObject({
      yanked: false,
      yanked_reason: null,
    })
    // A yank without a reason.
    s.pypi.yank('Acme_Widget', '1.2')
    expect((await getJson(s, '/pypi/acme-widget/1.2.0/json')).info).toMatchObject({
      yanked: true,
      yanked_reason: null,
    })
    expect(() => s.pypi.yank('nothing', '1.0')).toThrow(
      "The PyPI sandbox has no project 'nothing'.",
    )
    expect(() => s.pypi.yank('acme-widget', '2.0')).toThrow(
      "The PyPI sandbox's project 'acme-widget' has no release 2.0 (releases: 1.2.0).",
    )
  })

  it('drops the "UNKNOWN" placeholders of old tools, as Warehouse does', async () => {
    const s = await setup()
    s.pypi.addApiToken(TOKEN)
    const spec = { name: 'acme-widget', version: '1.2.0' }
    await put(s, spec, buildWheel(spec), [
      ['summary', 'UNKNOWN'],
      ['license', 'MIT'],
      ['keywords', 'widget,  acme'],
    ])
    expect((await getJson(s, '/pypi/acme-widget/json')).info).toMatchObject({
      summary: null,
      license: 'MIT',
      keywords: 'widget, acme',
    })
  })
})

describe('the Simple API', () => {
  async function published(): Promise<{ s: Setup; wheel: Dist; sdist: Dist }> {
    const s = await setup()
    s.pypi.addApiToken(TOKEN)
    const spec = { name: 'acme-widget', version: '1.2.0', requiresPython: '>=3.9' }
    const wheel = buildWheel(spec)
    const sdist = buildSdist(spec)
    await put(s, spec, wheel, [['requires_python', '>=3.9']])
    await put(s, spec, sdist, [['requires_python', '>=3.9']])
    return { s, wheel, sdist }
  }

  it('lists a project’s files in PEP 503 HTML, with hashes and requires-python', async () => {
    const { s, wheel, sdist } = await published()
    const answer = await get(s, '/simple/acme-widget/')
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toBe('text/html')
    const sha = (dist: Dist) => createHash('sha256').update(dist.data).digest('hex')
    const url = (dist: Dist) => {
      const b2 = blake2b256Hex(dist.data)
      return `${s.pypi.url}/packages/${b2.slice(0, 2)}/${b2.slice(2, 4)}/${b2.slice(4)}/${dist.filename}`
    }
    const metadataSha = createHash('sha256').update(wheelMetadata(wheel.data)).digest('hex')
    expect(answer.text).toContain('<meta name="pypi:repository-version" content="1.4">')
    expect(answer.text).toContain('<title>Links for acme-widget</title>')
    expect(answer.text).toContain(
      `<a href="${url(sdist)}#sha256=${sha(sdist)}" data-requires-python="&gt;=3.9" >acme_widget-1.2.0.tar.gz</a><br />`,
    )
    expect(answer.text).toContain(
      `<a href="${url(wheel)}#sha256=${sha(wheel)}" data-requires-python="&gt;=3.9" data-dist-info-metadata="sha256=${metadataSha}" data-core-metadata="sha256=${metadataSha}">acme_widget-1.2.0-py3-none-any.whl</a><br />`,
    )
    s.pypi.yank('acme-widget', '1.2.0', 'Broken')
    expect((await get(s, '/simple/acme-widget/')).text).toContain(
      `data-requires-python="&gt;=3.9" data-yanked="Broken" >acme_widget-1.2.0.tar.gz</a>`,
    )
  })

  it('answers PEP 691 JSON when asked for it', async () => {
    const { s, wheel, sdist } = await published()
    const answer = await get(s, '/simple/acme-widget/', `${SIMPLE_JSON}, text/html;q=0.01`)
    expect(answer.headers.get('content-type')).toBe(SIMPLE_JSON)
    expect(answer.headers.get('vary')).toBe('Accept')
    const json = JSON.parse(answer.text) as SimpleProject
    expect(json.meta['api-version']).toBe('1.4')
    expect(json.name).toBe('acme-widget')
    expect(json.versions).toEqual(['1.2.0'])
    expect(json['project-status']).toEqual({ status: 'active' })
    // Sorted by version, then file name as Python compares it ('-' before '.').
    expect(json.files.map((f) => f.filename)).toEqual([wheel.filename, sdist.filename])
    expect(json.files[1]).toMatchObject({
      hashes: { sha256: createHash('sha256').update(sdist.data).digest('hex') },
      'requires-python': '>=3.9',
      size: sdist.data.length,
      yanked: false,
      'core-metadata': false,
    })
    s.pypi.yank('acme-widget', '1.2.0', 'Broken')
    const yanked = JSON.parse(
      (await get(s, '/simple/acme-widget/', SIMPLE_JSON)).text,
    ) as SimpleProject
    expect(yanked.files.map((f) => f.yanked)).toEqual(['Broken', 'Broken'])
    s.pypi.yank('acme-widget', '1.2.0')
    const bare = JSON.parse(
      (await get(s, '/simple/acme-widget/', SIMPLE_JSON)).text,
    ) as SimpleProject
    expect(bare.files.map((f) => f.yanked)).toEqual([true, true])
  })

  it('lists every project in the index, normalises names and says 404 plainly', async () => {
    const { s } = await published()
    const spec = { name: 'Other_Thing', version: '0.1' }
    await put(s, spec, buildWheel(spec))
    const html = await get(s, '/simple/')
    expect(html.text).toContain('<a href="/simple/acme-widget/">acme-widget</a>')
    expect(html.text).toContain('<a href="/simple/other-thing/">Other_Thing</a>')
    const json = JSON.parse((await get(s, '/simple/', SIMPLE_JSON)).text) as {
      projects: Array<{ name: string; '_last-serial': number }>
    }
    expect(json.projects.map((p) => p.name)).toEqual(['acme-widget', 'Other_Thing'])
    const moved = await get(s, '/simple/Other_Thing/')
    expect(moved.status).toBe(301)
    expect(moved.headers.get('location')).toBe('/simple/other-thing/')
    const missing = await get(s, '/simple/nothing/')
    expect(missing).toMatchObject({ status: 404, text: '404 Not Found' })
  })
})
