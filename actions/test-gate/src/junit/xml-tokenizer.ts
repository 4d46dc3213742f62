/**
 * A small SAX-style XML tokenizer for what JUnit reports use: elements, attributes, the five
 * predefined entities and character references, CDATA, comments, processing instructions and a
 * DOCTYPE (skipped). It builds no tree, so a report of 50,000 test cases costs one pass and
 * little memory. Well-formedness errors carry the line and column they were found at.
 */

export interface XmlHandler {
  openElement(name: string, attributes: Map<string, string>, line: number): void
  closeElement(name: string): void
  /** Character data inside an element (entities decoded, CDATA included). */
  text(text: string): void
}

export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError'
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${reason} (line ${line}, column ${column})`)
  }
}

const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/
const NAME = /[A-Za-z0-9_:.\-\u00B7\u00C0-\uFFFF]*/y
const WHITESPACE = /[ \t\r\n]*/y
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

export function tokenizeXml(source: string, handler: XmlHandler): void {
  new Tokenizer(source, handler).run()
}

class Tokenizer {
  private position = 0
  private lineStart = 0
  private line = 1
  /** The position up to which newlines have been counted. */
  private counted = 0
  private readonly open: string[] = []
  private sawRoot = false

  constructor(
    private readonly source: string,
    private readonly handler: XmlHandler,
  ) {
    if (source.charCodeAt(0) === 0xfeff) this.position = this.counted = this.lineStart = 1
  }

  run(): void {
    const { source } = this
    while (this.position < source.length) {
      const next = source.indexOf('<', this.position)
      const end = next === -1 ? source.length : next
      if (end > this.position) this.characterData(this.position, end)
      if (next === -1) break
      this.position = next
      this.markup()
    }
    if (this.open.length > 0) {
      this.fail(
        `The document ends inside <${this.open[this.open.length - 1]}>: it is cut short or a closing tag is missing`,
      )
    }
    if (!this.sawRoot) this.fail('The document has no root element')
  }

  private markup(): void {
    const { source } = this
    if (source.startsWith('<!--', this.position)) {
      const close = source.indexOf('-->', this.position + 4)
      if (close === -1) this.fail('A comment is not closed with -->')
      this.position = close + 3
    } else if (source.startsWith('<![CDATA[', this.position)) {
      if (this.open.length === 0) this.fail('CDATA outside the root element')
      const close = source.indexOf(']]>', this.position + 9)
      if (close === -1) this.fail('A CDATA section is not closed with ]]>')
      this.handler.text(source.slice(this.position + 9, close))
      this.position = close + 3
    } else if (source.startsWith('<?', this.position)) {
      const close = source.indexOf('?>', this.position + 2)
      if (close === -1) this.fail('A processing instruction is not closed with ?>')
      this.position = close + 2
    } else if (source.startsWith('<!DOCTYPE', this.position)) {
      this.doctype()
    } else if (source.startsWith('</', this.position)) {
      this.endTag()
    } else {
      this.startTag()
    }
  }

  private doctype(): void {
    let depth = 0
    for (let index = this.position + 9; index < this.source.length; index++) {
      const char = this.source[index]
      if (char === '[') depth++
      else if (char === ']') depth--
      else if (char === '>' && depth <= 0) {
        this.position = index + 1
        return
      }
    }
    this.fail('A DOCTYPE is not closed with >')
  }

  private startTag(): void {
    if (this.open.length === 0 && this.sawRoot) this.fail('Markup after the root element has ended')
    const line = this.lineAt(this.position)
    this.position++
    const name = this.name('an element name after <')
    const attributes = new Map<string, string>()
    for (;;) {
      const spaced = this.skipWhitespace()
      const char = this.source[this.position]
      if (char === '>' || char === '/') break
      if (char === undefined) this.fail(`The tag <${name} is not closed with >`)
      if (!spaced) this.fail(`Expected whitespace, > or /> in the tag <${name}>`)
      const attribute = this.name(`an attribute name or > in the tag <${name}>`)
      this.skipWhitespace()
      if (this.source[this.position] !== '=')
        this.fail(`The attribute ${attribute} of <${name}> has no = and value`)
      this.position++
      this.skipWhitespace()
      const quote = this.source[this.position]
      if (quote !== '"' && quote !== "'")
        this.fail(`The value of the attribute ${attribute} of <${name}> is not quoted`)
      const close = this.source.indexOf(quote, this.position + 1)
      if (close === -1)
        this.fail(`The value of the attribute ${attribute} of <${name}> is not closed`)
      const raw = this.source.slice(this.position + 1, close)
      if (raw.includes('<'))
        this.fail(
          `The value of the attribute ${attribute} of <${name}> contains <, which must be written &lt;`,
        )
      if (attributes.has(attribute))
        this.fail(`The attribute ${attribute} appears twice in <${name}>`)
      // Literal whitespace is normalised; &#10; stays a newline (XML's attribute-value rule).
      attributes.set(attribute, this.decode(raw.replace(/[\t\r\n]/g, ' '), this.position + 1))
      this.position = close + 1
    }
    const selfClosing = this.source[this.position] === '/'
    if (selfClosing) {
      if (this.source[this.position + 1] !== '>')
        this.fail(`Expected > after / in the tag <${name}>`)
      this.position += 2
    } else {
      this.position++
    }
    this.sawRoot = true
    this.handler.openElement(name, attributes, line)
    if (selfClosing) this.handler.closeElement(name)
    else this.open.push(name)
  }

  private endTag(): void {
    const start = this.position
    this.position += 2
    const name = this.name('an element name after </')
    this.skipWhitespace()
    if (this.source[this.position] !== '>')
      this.fail(`The closing tag </${name} is not closed with >`)
    const expected = this.open.pop()
    if (expected === undefined) this.fail(`The closing tag </${name}> has no opening tag`)
    if (expected !== name) {
      this.position = start
      this.fail(`The closing tag </${name}> does not match the open element <${expected}>`)
    }
    this.position++
    this.handler.closeElement(name)
  }

  private characterData(start: number, end: number): void {
    const raw = this.source.slice(start, end)
    if (this.open.length === 0) {
      if (raw.trim() !== '') {
        this.position = start + raw.search(/\S/)
        this.fail(
          this.sawRoot ? 'Text after the root element has ended' : 'Text before the root element',
        )
      }
      this.position = end
      return
    }
    this.handler.text(raw.includes('&') ? this.decode(raw, start) : raw)
    this.position = end
  }

  private decode(raw: string, offset: number): string {
    return raw.replace(
      /&([^;&\s<]*)(;?)/g,
      (match, entity: string, semicolon: string, index: number) => {
        const fail = (reason: string): never => {
          this.position = offset + index
          return this.fail(reason)
        }
        if (semicolon !== ';')
          return fail(`A bare & (write &amp;) or an entity without ; near "${match}"`)
        const predefined = PREDEFINED[entity]
        if (predefined !== undefined) return predefined
        const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(entity)
        if (numeric) {
          const code =
            numeric[1] !== undefined ? parseInt(numeric[1], 16) : parseInt(numeric[2] ?? '', 10)
          if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
            return fail(`The character reference &${entity}; is not a valid character`)
          }
          return String.fromCodePoint(code)
        }
        return fail(
          `The entity &${entity}; is not defined (XML knows &lt; &gt; &amp; &quot; &apos;)`,
        )
      },
    )
  }

  private name(what: string): string {
    const first = this.source[this.position]
    if (first === undefined || !NAME_START.test(first)) this.fail(`Expected ${what}`)
    NAME.lastIndex = this.position + 1
    NAME.exec(this.source)
    const name = this.source.slice(this.position, NAME.lastIndex)
    this.position = NAME.lastIndex
    return name
  }

  private skipWhitespace(): boolean {
    WHITESPACE.lastIndex = this.position
    WHITESPACE.exec(this.source)
    const moved = WHITESPACE.lastIndex > this.position
    this.position = WHITESPACE.lastIndex
    return moved
  }

  private lineAt(position: number): number {
    if (position < this.counted) {
      this.line = 1
      this.lineStart = this.counted = 0
    }
    for (
      let index = this.source.indexOf('\n', this.counted);
      index !== -1 && index < position;
      index = this.source.indexOf('\n', index + 1)
    ) {
      this.line++
      this.lineStart = index + 1
    }
    this.counted = position
    return this.line
  }

  private fail(reason: string): never {
    const line = this.lineAt(this.position)
    throw new XmlSyntaxError(reason, line, this.position - this.lineStart + 1)
  }
}
