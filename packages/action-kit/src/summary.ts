/** A job summary under construction: markdown, written once when the action ends. */
export type SummaryCell = string | number | boolean | undefined | MarkdownCell

/** A cell that is Markdown already (escaped text, code, links): only the table's `|` is escaped. */
export interface MarkdownCell {
  markdown: string
}

export function markdownCell(markdown: string): MarkdownCell {
  return { markdown }
}

export class Summary {
  private readonly parts: string[] = []

  get isEmpty(): boolean {
    return this.parts.length === 0
  }

  heading(text: string, level: 1 | 2 | 3 | 4 = 2): this {
    this.parts.push(`${'#'.repeat(level)} ${text}`)
    return this
  }

  paragraph(text: string): this {
    this.parts.push(text)
    return this
  }

  /** A markdown table; cells are escaped so that `|` and newlines cannot break it. */
  table(header: string[], rows: SummaryCell[][]): this {
    const line = (cells: SummaryCell[]): string =>
      `| ${cells.map((cell) => escapeCell(cell)).join(' | ')} |`
    this.parts.push(
      [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n'),
    )
    return this
  }

  list(items: string[]): this {
    if (items.length > 0) this.parts.push(items.map((item) => `- ${item}`).join('\n'))
    return this
  }

  code(text: string, language = ''): this {
    this.parts.push(`\`\`\`${language}\n${text}\n\`\`\``)
    return this
  }

  details(label: string, body: string): this {
    this.parts.push(`<details><summary>${label}</summary>\n\n${body}\n\n</details>`)
    return this
  }

  render(): string {
    return this.parts.length === 0 ? '' : `${this.parts.join('\n\n')}\n`
  }
}

function escapeCell(cell: SummaryCell): string {
  if (cell === undefined) return ''
  if (typeof cell === 'object') {
    return cell.markdown.replace(/(?<!\\)\|/g, '\\|').replace(/\r?\n/g, '<br>')
  }
  return String(cell).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>')
}
