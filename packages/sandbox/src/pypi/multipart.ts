/** A file part of a form: `content` in an upload. */
export interface FormFile {
  filename: string
  /** The part's Content-Type; empty when the client sent none. */
  type: string
  data: Buffer
}

/** A submitted form: every value of a field in order (fields repeat, e.g. `classifiers`). */
export class PostedForm {
  readonly fields = new Map<string, string[]>()
  readonly files = new Map<string, FormFile>()

  add(name: string, value: string): void {
    const values = this.fields.get(name)
    if (values === undefined) this.fields.set(name, [value])
    else values.push(value)
  }

  /** The first value, as WebOb's `request.POST.get`. */
  get(name: string): string | undefined {
    return this.fields.get(name)?.[0]
  }

  getAll(name: string): string[] {
    return this.fields.get(name) ?? []
  }

  delete(name: string): void {
    this.fields.delete(name)
  }
}

/*
 * The multipart parser stays hand-written rather than busboy 1.6 because busboy is stricter than the
 * parser Warehouse reads forms with (Python's cgi under WebOb): it fails the whole form
 * ("Malformed part header") when a part header holds a control character, where cgi keeps
 * `filename="acme\x01widget.whl"` and Warehouse answers "Cannot upload a file with non-printable
 * characters ...". With busboy, 1 of the 16 tests of pypi-upload.test.ts fails on that answer.
 */

/**
 * Parses a `multipart/form-data` or `application/x-www-form-urlencoded` body, as WebOb fills
 * `request.POST`. Undefined for any other content type or a body that does not parse.
 */
export function parseForm(contentType: string | undefined, body: Buffer): PostedForm | undefined {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase()
  if (type === 'application/x-www-form-urlencoded') {
    const form = new PostedForm()
    for (const [key, value] of new URLSearchParams(body.toString('utf8'))) form.add(key, value)
    return form
  }
  if (type !== 'multipart/form-data') return undefined
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '')
  const marker = boundary?.[1] ?? boundary?.[2]
  if (marker === undefined) return undefined
  return parseMultipart(body, marker)
}

function parseMultipart(body: Buffer, boundary: string): PostedForm | undefined {
  const form = new PostedForm()
  const delimiter = Buffer.from(`--${boundary}`)
  let at = body.indexOf(delimiter)
  if (at === -1) return undefined
  for (;;) {
    at += delimiter.length
    // `--` after a delimiter closes the form.
    if (body.subarray(at, at + 2).toString('latin1') === '--') return form
    if (body.subarray(at, at + 2).toString('latin1') !== '\r\n') return undefined
    const headersEnd = body.indexOf('\r\n\r\n', at + 2)
    if (headersEnd === -1) return undefined
    const headers = parseHeaders(body.subarray(at + 2, headersEnd).toString('utf8'))
    const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), headersEnd + 4)
    if (next === -1) return undefined
    const data = body.subarray(headersEnd + 4, next)
    const disposition = headers.get('content-disposition') ?? ''
    const name = dispositionParameter(disposition, 'name')
    if (name !== undefined) {
      const filename = dispositionParameter(disposition, 'filename')
      if (filename !== undefined) {
        form.files.set(name, {
          filename,
          type: headers.get('content-type') ?? '',
          data: Buffer.from(data),
        })
      } else form.add(name, data.toString('utf8'))
    }
    at = next + 2
  }
}

function parseHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>()
  for (const line of text.split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return headers
}

function dispositionParameter(disposition: string, parameter: string): string | undefined {
  const pattern = new RegExp(`(?:^|;)\\s*${parameter}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;]*))`, 'i')
  const match = pattern.exec(disposition)
  if (match === null) return undefined
  const quoted = match[1]
  // As Python's cgi.parse_header unquotes: only `\\` and `\"` are escapes.
  if (quoted !== undefined) return quoted.replace(/\\\\/g, '\\').replace(/\\"/g, '"')
  return (match[2] ?? '').trim()
}
