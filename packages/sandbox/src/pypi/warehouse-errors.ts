import { STATUS_CODES } from 'node:http'

/**
 * An error answer as Warehouse's upload endpoint gives it: the message is also the HTTP reason
 * phrase (`400 File already exists ...`), which is where twine reads it from.
 */
export class WarehouseError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'WarehouseError'
  }
}

/** Pyramid's explanation line for each status, part of its default error body. */
const EXPLANATIONS: Record<number, string> = {
  400: 'The server could not comply with the request since it is either malformed or otherwise incorrect.',
  403: 'Access was denied to this resource.',
  404: 'The resource could not be found.',
  410: 'This resource is no longer available.  No forwarding address is given.',
  308: 'The resource has been moved to',
}

export interface RenderedError {
  status: number
  /** The reason phrase: Warehouse's message, Latin-1 safe, as `_exc_with_message` sets it. */
  reason: string
  contentType: string
  body: string
}

/**
 * The reason phrase Warehouse sends: the message encoded to ISO-8859-1 with `?` for what does not
 * fit. Control characters (never in Warehouse's messages) also become `?`, as Node requires.
 */
export function reasonPhrase(message: string): string {
  let out = ''
  for (const char of message) {
    const code = char.codePointAt(0) ?? 0
    out += code > 0xff || code < 0x20 || code === 0x7f ? '?' : char
  }
  return out
}

/**
 * Pyramid's default rendering of an HTTPException carrying `detail`, chosen by the Accept header
 * as Pyramid does: HTML for `*\/*` (what twine sends) and browsers, JSON when asked for, plain
 * text otherwise.
 */
export function renderWarehouseError(
  status: number,
  message: string,
  accept: string | undefined,
): RenderedError {
  const reason = reasonPhrase(message)
  const statusLine = `${status} ${reason}`
  const explanation = EXPLANATIONS[status] ?? ''
  const kind = preferredErrorType(accept)
  if (kind === 'html') {
    const inner = `${escapeHtml(explanation)}<br/><br/>\n${escapeHtml(message)}\n\n`
    return {
      status,
      reason,
      contentType: 'text/html; charset=UTF-8',
      body: `<html>\n <head>\n  <title>${statusLine}</title>\n </head>\n <body>\n  <h1>${statusLine}</h1>\n  ${inner}\n </body>\n</html>`,
    }
  }
  const inner = `${explanation}\n\n\n${message}\n\n`
  if (kind === 'json') {
    return {
      status,
      reason,
      contentType: 'application/json',
      body: JSON.stringify({ message: inner, code: statusLine, title: STATUS_CODES[status] ?? '' }),
    }
  }
  return {
    status,
    reason,
    contentType: 'text/plain; charset=UTF-8',
    body: `${statusLine}\n\n${inner}`,
  }
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;')
}

function preferredErrorType(accept: string | undefined): 'html' | 'json' | 'text' {
  const offers = acceptableOffers(accept, ['text/html', 'application/json'])
  if (accept === undefined || accept.trim() === '') return 'html'
  if (offers[0] === 'text/html') return 'html'
  if (offers[0] === 'application/json') return 'json'
  return 'text'
}

/**
 * WebOb's `acceptable_offers`: the offers the Accept header allows, best quality first, ties in
 * the order offered. Every offer when there is no header.
 */
export function acceptableOffers(accept: string | undefined, offers: readonly string[]): string[] {
  if (accept === undefined || accept.trim() === '') return [...offers]
  const ranges = accept.split(',').flatMap((part) => {
    const [range = '', ...params] = part.split(';').map((piece) => piece.trim())
    if (range === '') return []
    let q = 1
    for (const param of params) {
      const match = /^q=([0-9.]+)$/i.exec(param)
      if (match !== null) q = Number(match[1])
    }
    return [{ range: range.toLowerCase(), q }]
  })
  const scored = offers.flatMap((offer, index) => {
    const [type] = offer.split('/')
    // The most specific matching range decides the offer's quality.
    let best: { specificity: number; q: number } | undefined
    for (const { range, q } of ranges) {
      const [rangeType, rangeSubtype] = range.split('/')
      const specificity =
        range === offer
          ? 3
          : rangeType === type && rangeSubtype === '*'
            ? 2
            : range === '*/*'
              ? 1
              : 0
      if (specificity > 0 && (best === undefined || specificity > best.specificity))
        best = { specificity, q }
    }
    return best === undefined || best.q <= 0 ? [] : [{ offer, q: best.q, index }]
  })
  return scored.sort((a, b) => b.q - a.q || a.index - b.index).map(({ offer }) => offer)
}
