export const id = 113;
export const ids = [113];
export const modules = {

/***/ 37113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  notesCommand: () => (/* binding */ notesCommand)
});

// UNUSED EXPORTS: NOTES_USAGE

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/changelog/src/changelog-section.ts
const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
// `[1.2.3]`, `[v1.2.3](link)`, `1.2.3`, `v1.2.3`, optionally after a package name (`pkg@1.2.3`).
const HEADING_VERSION = /^\[?(?:[\w@/.-]+@)?v?(\d+(?:\.\d+)*[0-9A-Za-z.+!_-]*)\]?(?:\(.*?\))?(?:[\s:–—].*)?$/;
function versionOfHeading(text) {
    const match = HEADING_VERSION.exec(text.trim());
    return match?.[1];
}
/** Every ATX heading outside fenced code blocks. */
function listChangelogHeadings(markdown) {
    const headings = [];
    let fence;
    markdown.split(/\r?\n/).forEach((raw, index) => {
        const fenceMatch = FENCE.exec(raw);
        if (fenceMatch?.[1]) {
            const marker = fenceMatch[1];
            if (fence === undefined)
                fence = marker;
            else if (marker[0] === fence[0] && marker.length >= fence.length)
                fence = undefined;
            return;
        }
        if (fence !== undefined)
            return;
        const match = HEADING.exec(raw);
        if (!match?.[1] || match[2] === undefined)
            return;
        const text = match[2];
        const version = versionOfHeading(text);
        headings.push({
            line: index + 1,
            level: match[1].length,
            text,
            ...(version === undefined ? {} : { version }),
        });
    });
    return headings;
}
/**
 * The section for `version`: from its heading to the next heading of the same or a higher level.
 * `equivalent` decides whether a heading's version is the one wanted (default: equal strings),
 * so that `1.2.0rc1` can match `1.2.0-rc.1`.
 */
function findChangelogSection(markdown, version, equivalent = (a, b) => a === b) {
    const wanted = version.replace(/^v/, '');
    const headings = listChangelogHeadings(markdown);
    const index = headings.findIndex((heading) => heading.version !== undefined && equivalent(heading.version, wanted));
    const heading = headings[index];
    if (heading === undefined)
        return undefined;
    const next = headings.slice(index + 1).find((candidate) => candidate.level <= heading.level);
    const lines = markdown.split(/\r?\n/);
    const body = lines
        .slice(heading.line, next ? next.line - 1 : lines.length)
        .join('\n')
        .replace(/^\s*\n/, '')
        .trimEnd();
    return { heading, body };
}

;// CONCATENATED MODULE: ./packages/changelog/src/changelog-prepend.ts

/** The heading of the commits after the newest release when no version is given. */
const UNRELEASED = 'Unreleased';
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Puts a release's section (markdown that starts with its `##` heading) into a CHANGELOG.md:
 * in place of the section of the same version when there is one (so that a rerun for the same
 * version replaces it), else in place of an `Unreleased` section (the release now has a
 * version), else above the newest section, under the title and any text before it.
 * An empty file gets a `# Changelog` title. `equivalent` compares versions (default: equal).
 */
function prependChangelogSection(existing, section, version, equivalent = (a, b) => a === b) {
    const text = `${section.replace(/^\s*\n/, '').trimEnd()}\n`;
    const eol = existing.includes('\r\n') ? '\r\n' : '\n';
    const lines = existing.split(/\r?\n/);
    const headings = listChangelogHeadings(existing);
    const wanted = version.replace(/^v/, '');
    const named = (name) => headings.findIndex((heading) => heading.version === undefined
        ? new RegExp(`^\\[?${escapeRegExp(name)}\\]?(?:[\\s(]|$)`, 'i').test(heading.text)
        : equivalent(heading.version, name.replace(/^v/, '')));
    // The same version's section, else an "Unreleased" one that this release now names.
    let index = named(wanted);
    if (index === -1 && /^v?\d/.test(wanted))
        index = named(UNRELEASED);
    const same = headings[index];
    let start;
    let end;
    if (same !== undefined) {
        const next = headings.slice(index + 1).find((heading) => heading.level <= same.level);
        start = same.line - 1;
        end = next === undefined ? lines.length : next.line - 1;
    }
    else {
        // Above the first section: the first heading that names a version, or below level 1.
        const first = headings.find((heading) => heading.version !== undefined || heading.level > 1);
        if (existing.trim() === '')
            return `# Changelog\n\n${text}`;
        start = first === undefined ? lines.length : first.line - 1;
        end = start;
    }
    const before = lines.slice(0, start).join('\n').trimEnd();
    const after = lines
        .slice(end)
        .join('\n')
        .replace(/^\s*\n/, '')
        .trimEnd();
    const joined = [before, text.trimEnd(), after].filter((part) => part !== '').join('\n\n');
    return `${joined}\n`.replace(/\n/g, eol);
}

// EXTERNAL MODULE: ./packages/errors/src/configuration-error.ts
var configuration_error = __webpack_require__(90712);
;// CONCATENATED MODULE: ./packages/changelog/src/changelog-error.ts

/** Release notes asked for with a missing or malformed part: the message says what was found, where, and the fix. */
class ChangelogError extends configuration_error/* ConfigurationError */.j1 {
    name = 'ChangelogError';
    code;
    constructor(code, message, options = {}) {
        super(message, options);
        this.code = code;
    }
}

;// CONCATENATED MODULE: ./packages/changelog/src/notes-parser.ts
// The commit parser of the conventionalcommits preset, written out for its one configuration:
// conventional-commits-parser 7's algorithm with the preset's options (header and breaking-header
// patterns, BREAKING CHANGE notes, `#` issues, the default closing keywords and field pattern,
// git's revert message), its regexes made once at load. Only what the writer reads is kept
// (no mentions, no merge pattern: the preset sets none). test/notes-oracle.test.ts holds it to
// the library's output on generated histories.
const HEADER = /^(\w*)(?:\((.*)\))?!?: (.*)$/;
const BREAKING_HEADER = /^(\w*)(?:\((.*)\))?!: (.*)$/;
const NOTES = /^(?:\*\s+)?(BREAKING CHANGE|BREAKING-CHANGE):\s*(.*)/i;
const REVERT = /^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w*)\./i;
const FIELD = /^-(?=.*\w)(.*?)-$/;
const GPG = /^\s*gpg:/;
const URL = /\b(?:https?):\/\/(?:www\.)?([-a-zA-Z0-9@:%_+.~#?&//=])+\b/;
const REPOSITORY_CHAR = '[\\w-\\.\\/]';
// Sticky: a search starts where the last reference ended (the library's regex, prefixes `#`).
const REFERENCE_PARTS = new RegExp(`.*?(?<!${REPOSITORY_CHAR})(?:(${REPOSITORY_CHAR}+)(?!${REPOSITORY_CHAR}))?(#)((?=[\\w-]*\\d)[\\w-]+)(?=\\s|$|[,;.)\\]])`, 'giy');
const ACTIONS = 'close|closes|closed|fix|fixes|fixed|resolve|resolves|resolved';
const referencesRegex = (separator) => new RegExp(`(?<!\\w)(${ACTIONS})${separator}(?:\\s+(.*?))(?=(?<!\\w)(?:${ACTIONS})(?!\\w)|$)`, 'gi');
// Every match of REFERENCES and FOOTER_REFERENCES starts so: a line without it has no action.
const MAY_ACTION = new RegExp(`(?<!\\w)(?:${ACTIONS}):?\\s`, 'i');
const REFERENCES = referencesRegex('');
const FOOTER_REFERENCES = referencesRegex(':?');
const FOOTER_TOKEN = /^(?:BREAKING CHANGE|[\w-]+)(?::\s+|\s+(?:#)).+/i;
const newLine = (code) => code === 0x0a || code === 0x0d;
function trimNewLines(input) {
    let first = 0;
    while (first < input.length && newLine(input.charCodeAt(first)))
        first++;
    if (first === input.length)
        return '';
    let last = input.length - 1;
    while (newLine(input.charCodeAt(last)))
        last--;
    return first === 0 && last === input.length - 1 ? input : input.substring(first, last + 1);
}
function appendLine(source, line) {
    return source ? `${source}\n${line || ''}` : line || '';
}
function parseReference(input, action) {
    if (URL.test(input))
        return null;
    const matches = REFERENCE_PARTS.exec(input);
    if (!matches)
        return null;
    const raw = matches[0];
    let repository = matches[1] ?? null;
    let owner = null;
    if (repository) {
        const slash = repository.indexOf('/');
        if (slash !== -1) {
            owner = repository.slice(0, slash);
            repository = repository.slice(slash + 1);
        }
    }
    return {
        raw,
        action,
        owner,
        repository,
        prefix: matches[2],
        issue: matches[3],
    };
}
function parseReferences(input, footerToken = false) {
    // Every reference has its `#`: a line without one has none (most lines; the regexes are costly).
    if (!input.includes('#'))
        return [];
    const regex = footerToken ? FOOTER_REFERENCES : REFERENCES;
    // Text outside of action sentences (`#1` in `#1 Fixes #2`) has references without an action.
    const sentences = [];
    let lastIndex = 0;
    const actions = MAY_ACTION.test(input);
    for (let matches = actions ? regex.exec(input) : null; matches; matches = regex.exec(input)) {
        sentences.push([null, input.slice(lastIndex, matches.index)], [matches[1] || null, matches[2] || '']);
        lastIndex = regex.lastIndex;
    }
    sentences.push([null, input.slice(lastIndex)]);
    const references = [];
    for (const [action, sentence] of sentences) {
        for (let reference = parseReference(sentence, action); reference;) {
            references.push(reference);
            reference = parseReference(sentence, action);
        }
    }
    return references;
}
/** One message's parse: the library's line cursor over the message's lines. */
class MessageCursor {
    lines;
    commit;
    index = 0;
    constructor(lines, commit) {
        this.lines = lines;
        this.commit = commit;
    }
    available() {
        return this.index < this.lines.length;
    }
    line() {
        return this.lines[this.index];
    }
    parseMeta() {
        if (!this.available())
            return false;
        const commit = this.commit;
        let field = null;
        let parsed = false;
        while (this.available()) {
            const matches = FIELD.exec(this.line());
            if (matches) {
                field = matches[1] || null;
                this.index++;
                continue;
            }
            if (!field)
                break;
            parsed = true;
            commit[field] = appendLine(commit[field] ?? null, this.line());
            this.index++;
        }
        return parsed;
    }
    parseNotes() {
        if (!this.available())
            return false;
        const { commit } = this;
        const matches = NOTES.exec(this.line());
        if (!matches)
            return false;
        const note = { title: matches[1], text: matches[2] };
        commit.notes.push(note);
        commit.footer = appendLine(commit.footer, this.line());
        this.index++;
        while (this.available()) {
            if (this.parseMeta())
                return true;
            if (this.parseNotes())
                return true;
            const footerToken = FOOTER_TOKEN.test(this.line());
            commit.references.push(...parseReferences(this.line(), footerToken));
            if (!footerToken)
                note.text = appendLine(note.text, this.line());
            commit.footer = appendLine(commit.footer, this.line());
            this.index++;
            if (footerToken)
                break;
        }
        return true;
    }
    parseBodyAndFooter(isBody) {
        if (!this.available())
            return isBody;
        const { commit } = this;
        const footerToken = FOOTER_TOKEN.test(this.line());
        const stillBody = !footerToken && isBody;
        commit.references.push(...parseReferences(this.line(), footerToken));
        if (stillBody)
            commit.body = appendLine(commit.body, this.line());
        else
            commit.footer = appendLine(commit.footer, this.line());
        this.index++;
        return stillBody;
    }
}
function parseHeader(commit, header) {
    if (!header)
        return;
    commit.header = header;
    // A breaking header has its `!: `: most headers have none and need one regex, not two.
    const matches = (header.includes('!: ') ? BREAKING_HEADER.exec(header) : null) ?? HEADER.exec(header);
    if (matches) {
        commit.type = matches[1] || null;
        commit.scope = matches[2] || null;
        commit.subject = matches[3] || null;
    }
}
function cleanup(commit) {
    if (commit.body)
        commit.body = trimNewLines(commit.body);
    if (commit.footer)
        commit.footer = trimNewLines(commit.footer);
    for (const note of commit.notes)
        note.text = trimNewLines(note.text);
    if (commit.references.length < 2)
        return;
    const seen = new Set();
    commit.references = commit.references.filter((reference) => {
        const uid = `${reference.action} ${reference.raw}`.toLocaleLowerCase();
        if (seen.has(uid))
            return false;
        seen.add(uid);
        return true;
    });
}
/**
 * Parses one commit message (`subject`, or `subject\n\nbody`) as the conventionalcommits preset's
 * parser does. The message must not be blank.
 */
function parseNotesCommit(message, hash) {
    const text = trimNewLines(message);
    // Most messages have no `\r` and no gpg: line: a plain split, no filter.
    let lines = text.includes('\r') ? text.split(/\r?\n/) : text.split('\n');
    if (text.includes('gpg:'))
        lines = lines.filter((line) => !GPG.test(line));
    const commit = {
        header: null,
        type: null,
        scope: null,
        subject: null,
        body: null,
        footer: null,
        notes: [],
        references: [],
        revert: null,
        hash: '',
    };
    const cursor = new MessageCursor(lines, commit);
    parseHeader(commit, lines[cursor.index++]);
    if (commit.header)
        commit.references = parseReferences(commit.header);
    let isBody = true;
    while (cursor.available()) {
        cursor.parseMeta();
        if (cursor.parseNotes())
            isBody = false;
        if (!cursor.parseBodyAndFooter(isBody))
            isBody = false;
    }
    if (commit.notes.length === 0 && commit.header) {
        const breaking = commit.header.includes('!: ') ? BREAKING_HEADER.exec(commit.header) : null;
        if (breaking)
            commit.notes.push({ title: 'BREAKING CHANGE', text: breaking[3] });
    }
    const revert = REVERT.exec(message);
    if (revert)
        commit.revert = { header: revert[1] || null, hash: revert[2] || null };
    cleanup(commit);
    // Set after the parse, as the caller sets it: a `-hash-` field line does not survive it.
    commit.hash = hash;
    return commit;
}

;// CONCATENATED MODULE: ./packages/changelog/src/root-collation.ts
// The order of `new Intl.Collator().compare` (ICU's root collation, what localeCompare without
// locales uses), computed here for strings of printable ASCII: making the ICU collator costs
// milliseconds at every start (its data is loaded), more than sorting a release's commits.
// Any other string is compared by the ICU collator itself, made on first use.
// test/root-collation.test.ts holds this to Intl.Collator.
// Printable ASCII in root collation order: a lower-case letter and its capital share a primary
// weight (the capital sorts after it, at the tertiary level); every other character has its own.
const ROOT_ORDER = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ';
const PRIMARY = new Uint8Array(128);
for (let index = 0, weight = 0; index < ROOT_ORDER.length; index++) {
    const code = ROOT_ORDER.charCodeAt(index);
    const capital = code >= 0x41 && code <= 0x5a;
    if (!capital)
        weight++;
    PRIMARY[code] = weight;
}
let icu;
function printableAscii(text) {
    for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code < 0x20 || code > 0x7e)
            return false;
    }
    return true;
}
/** `new Intl.Collator().compare(a, b)`, as -1, 0 or 1. */
function compareRoot(a, b) {
    if (!printableAscii(a) || !printableAscii(b)) {
        const order = (icu ??= new Intl.Collator().compare)(a, b);
        return order < 0 ? -1 : order > 0 ? 1 : 0;
    }
    const length = Math.min(a.length, b.length);
    // Primary level: the letters regardless of case, then the shorter string first.
    for (let index = 0; index < length; index++) {
        const x = PRIMARY[a.charCodeAt(index)];
        const y = PRIMARY[b.charCodeAt(index)];
        if (x !== y)
            return x < y ? -1 : 1;
    }
    if (a.length !== b.length)
        return a.length < b.length ? -1 : 1;
    // Tertiary level (no accents in ASCII, so no secondary difference): lower case first.
    for (let index = 0; index < length; index++) {
        const x = a.charCodeAt(index);
        const y = b.charCodeAt(index);
        if (x !== y)
            return x > y ? -1 : 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./packages/changelog/src/notes-writer.ts

const TYPES = [
    { type: 'feat', section: 'Features', hidden: false },
    { type: 'feature', section: 'Features', hidden: false },
    { type: 'fix', section: 'Bug Fixes', hidden: false },
    { type: 'perf', section: 'Performance Improvements', hidden: false },
    { type: 'revert', section: 'Reverts', hidden: false },
    { type: 'docs', section: 'Documentation', hidden: true },
    { type: 'style', section: 'Styles', hidden: true },
    { type: 'chore', section: 'Miscellaneous Chores', hidden: true },
    { type: 'refactor', section: 'Code Refactoring', hidden: true },
    { type: 'test', section: 'Tests', hidden: true },
    { type: 'build', section: 'Build System', hidden: true },
    { type: 'ci', section: 'Continuous Integration', hidden: true },
];
const GROUP_ORDER = TYPES.map((entry) => entry.section);
const notes_writer_BREAKING_HEADER = /^(\w*)(?:\((.*)\))?!: (.*)$/;
const RELEASE_AS = /release-as:\s*\w*@?([0-9]+\.[0-9]+\.[0-9a-z]+(-[0-9a-z.]+)?)\s*/i;
const BREAKING_CHANGES = 'BREAKING CHANGES';
// localeCompare without locales, as `new Intl.Collator().compare` (ASCII without loading ICU's).
const collate = compareRoot;
const breakingHeader = (header) => header.includes('!: ') && notes_writer_BREAKING_HEADER.test(header);
// @conventional-changelog/template's reference formatter with the preset's `#` prefix.
const REFERENCE_TEXT = new RegExp([
    /\[(?:[^[\]]|\[[^[\]]*])*]\((?:[^()\n]|\([^()\n]*\))*\)/.source,
    /\[[^\]]*]\[[^\]]*]/.source,
    /^[ \t]*(?=(?<fence>`{3,}|~{3,}))\k<fence>[\s\S]*?^[ \t]*\k<fence>[ \t]*\r?$/.source,
    /(?=(?<code>`+))\k<code>[^\n]*?\k<code>/.source,
    /https?:\/\/(?:[^\s()]|\([^\s()]*\))+/.source,
    '(?<prefix>#)(?<issue>[a-z0-9]+)',
    /\B@(?<user>[a-z0-9](?:-?[a-z0-9/]){0,38})/.source,
].join('|'), 'gm');
const MAY_REFERENCE = /[[`~#@]|https?:\/\//;
// @conventional-changelog/template's elements.
const toText = (value) => typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
function each(items, render, separator = '\n') {
    if (!items)
        return '';
    let text = '';
    for (const item of items) {
        const rendered = toText(render(item)).trim();
        text = `${text}${text && rendered ? separator : ''}${rendered}`;
    }
    return text;
}
function list(items, render) {
    return each(items, (item) => {
        const rendered = toText(render(item)).trim();
        // Most items are one line: nothing to indent.
        const text = rendered.includes('\n')
            ? rendered
                .split(/\r?\n/)
                .map((line, index) => (index > 0 && line ? `  ${line}` : line))
                .join('\n')
            : rendered;
        return rendered ? `* ${text}` : '';
    });
}
const strings = (...values) => each(values, (value) => value, '');
const segments = (...values) => each(values, (value) => value, '\n\n');
const words = (...values) => each(values, (value) => value, ' ');
const notes_writer_link = (text, target) => `[${text}](${target})`;
const bold = (text) => `**${text}**`;
function url(...parts) {
    let joined = '';
    for (const part of parts) {
        if (!part)
            continue;
        const segment = part.startsWith('/') || part.endsWith('/') ? part.replace(/^\/+|\/+$/g, '') : part;
        joined = joined ? `${joined}/${segment}` : segment;
    }
    return joined;
}
// Each commit line links into the repository: its URL is made once per links object.
const repositoryUrls = new WeakMap();
function repositoryUrl(links) {
    let joined = repositoryUrls.get(links);
    if (joined === undefined) {
        joined = url(links.host, links.owner, links.repository);
        repositoryUrls.set(links, joined);
    }
    return joined;
}
function issueUrl(links, reference) {
    const base = reference.repository
        ? url(links.host, reference.owner, reference.repository)
        : repositoryUrl(links);
    return url(base, 'issues', reference.issue);
}
/** Links `#1` and `@user` in a text; pushes the issue references it found onto `found`. */
function formatReferences(text, links, found) {
    // Each of REFERENCE_TEXT's forms has one of these: most subjects have none and stay as they are.
    if (!MAY_REFERENCE.test(text))
        return text;
    return text.replace(REFERENCE_TEXT, (match, ...args) => {
        const { issue, user } = args.at(-1);
        if (issue) {
            // Without links the preset leaves the text as is, but still leaves out of the references
            // the ones the subject names.
            found?.push(match);
            return links === undefined ? match : notes_writer_link(match, issueUrl(links, { issue }));
        }
        if (user && !user.includes('/') && links !== undefined) {
            return notes_writer_link(match, url(links.host, user));
        }
        return match;
    });
}
const noteTitle = (title) => {
    const upper = title.toUpperCase();
    return upper === 'BREAKING CHANGE' || upper === 'BREAKING-CHANGE' ? BREAKING_CHANGES : upper;
};
/** The preset's transform: undefined for a commit the notes leave out. */
function transform(commit, links) {
    const typeKey = (commit.revert ? 'revert' : commit.type || '').toLowerCase();
    const entry = TYPES.find((type) => type.type === typeKey);
    let discard = !((commit.footer && RELEASE_AS.test(commit.footer)) ||
        (commit.body && RELEASE_AS.test(commit.body)));
    const raw = commit.notes.some((note) => noteTitle(note.title) === BREAKING_CHANGES) ||
        !breakingHeader(commit.header || '')
        ? commit.notes
        : [{ title: 'BREAKING CHANGE', text: commit.subject || '' }, ...commit.notes];
    const notes = raw.map((note) => {
        discard = false;
        return { ...note, title: noteTitle(note.title), text: formatReferences(note.text, links) };
    });
    if (discard && (entry === undefined || entry.hidden))
        return undefined;
    const found = [];
    const subject = typeof commit.subject === 'string'
        ? formatReferences(commit.subject, links, found)
        : commit.subject;
    const scope = commit.scope === '*' ? '' : commit.scope;
    return {
        raw: commit,
        header: commit.header,
        hash: commit.hash,
        type: entry ? entry.section : commit.type,
        scope,
        subject,
        shortHash: commit.hash.substring(0, 7),
        references: found.length === 0
            ? commit.references
            : commit.references.filter((reference) => !found.includes(reference.prefix + reference.issue)),
        notes,
        revert: commit.revert,
        // Made once, not at each comparison of the sort.
        order: (scope || '') + (subject || ''),
    };
}
const trimmed = (value) => typeof value === 'string' ? value.trim() : value;
/** conventional-commits-filter: a revert and the commit it reverts, both listed, leave both out. */
function withoutReverted(entries) {
    const removed = new Set();
    // The reverts not yet matched, oldest first, by the header and hash they name (trimmed): an
    // entry is reverted by the first of them that names its own.
    const pending = new Map();
    const key = (header, hash) => JSON.stringify([trimmed(header), trimmed(hash)]);
    for (const entry of entries) {
        // Only a revert seen before can revert this entry: without one, no key to make.
        const own = pending.size === 0 ? undefined : key(entry.raw.header, entry.raw.hash);
        const reverts = own === undefined ? undefined : pending.get(own);
        const revert = reverts?.shift();
        if (revert !== undefined) {
            removed.add(entry).add(revert);
            if (reverts?.length === 0 && own !== undefined)
                pending.delete(own);
        }
        else if (entry.revert) {
            const named = key(entry.revert.header, entry.revert.hash);
            const list = pending.get(named);
            if (list === undefined)
                pending.set(named, [entry]);
            else
                list.push(entry);
        }
    }
    return removed.size === 0 ? entries : entries.filter((entry) => !removed.has(entry));
}
function commitGroups(entries) {
    const byType = Object.create(null);
    for (const entry of entries)
        (byType[entry.type || ''] ??= []).push(entry);
    const groups = Object.entries(byType).map(([title, commits]) => {
        commits.sort((a, b) => collate(a.order, b.order));
        return { title, commits };
    });
    return groups.sort((a, b) => GROUP_ORDER.indexOf(a.title) - GROUP_ORDER.indexOf(b.title));
}
function noteGroups(notes) {
    const groups = [];
    for (const note of notes) {
        const group = groups.find((candidate) => candidate.title === note.title);
        if (group)
            group.notes.push(note);
        else
            groups.push({ title: note.title, notes: [note] });
    }
    groups.sort((a, b) => collate(a.title || '', b.title || ''));
    for (const group of groups) {
        group.notes.sort((a, b) => collate(a.title || '', b.title || '') || collate(a.text || '', b.text || ''));
    }
    return groups;
}
function renderReferences(references, links, closing) {
    if (references.length === 0)
        return '';
    return each(references.filter((reference) => Boolean(reference.action) === closing), (reference) => {
        const label = strings(reference.owner && `${reference.owner}/`, reference.repository, reference.issue && `${reference.prefix || '#'}${reference.issue}`);
        return links === undefined ? label : notes_writer_link(label, issueUrl(links, reference));
    }, ' ');
}
function commitLine(entry, links) {
    const commitLink = entry.hash
        ? links === undefined
            ? entry.shortHash
            : `(${notes_writer_link(entry.shortHash, url(repositoryUrl(links), 'commit', entry.hash))})`
        : '';
    const closing = renderReferences(entry.references, links, true);
    const other = renderReferences(entry.references, links, false);
    return strings(words(entry.scope && bold(`${entry.scope}:`), entry.subject || entry.header || '', commitLink), closing && `, closes ${closing}`, other && `, references ${other}`);
}
function heading(context) {
    const { links, previousTag } = context;
    const version = links !== undefined && previousTag !== undefined
        ? notes_writer_link(context.version, url(repositoryUrl(links), 'compare', `${encodeURIComponent(previousTag || '')}...${encodeURIComponent(context.currentTag || '')}`))
        : context.version;
    return `## ${words(version, context.date && `(${context.date})`)}`;
}
/**
 * One release's notes from its parsed commits (newest first, merges left out), as the
 * conventional-changelog writer renders them with the conventionalcommits preset.
 */
function writeNotes(commits, context) {
    const { links } = context;
    const entries = [];
    for (const commit of commits) {
        const entry = transform(commit, links);
        if (entry !== undefined)
            entries.push(entry);
    }
    const notes = [];
    // The entries are this call's own: each note is attached to its entry in place.
    const shown = withoutReverted(entries);
    for (const entry of shown) {
        if (entry.notes.length === 0)
            continue;
        entry.notes = entry.notes.map((note) => {
            const withCommit = { ...note, commit: entry };
            notes.push(withCommit);
            return withCommit;
        });
    }
    const groups = commitGroups(shown);
    const breaking = noteGroups(notes);
    const markdown = segments(heading(context), each(breaking, (group) => segments(`### ${words(group.title === BREAKING_CHANGES ? '⚠' : '', group.title)}`, list(group.notes, (note) => words(note.commit.scope && bold(`${note.commit.scope}:`), note.text))), '\n\n'), each(groups, (group) => segments(group.title && `### ${group.title}`, list(group.commits, (entry) => commitLine(entry, links))), '\n\n')).trim();
    return {
        markdown: markdown.length > 0 ? `${markdown}\n` : '',
        sections: [
            ...breaking.map((group) => ({
                title: words(group.title === BREAKING_CHANGES ? '⚠' : '', group.title),
                entries: group.notes.length,
            })),
            ...groups
                .filter((group) => group.title !== '')
                .map((group) => ({ title: group.title, entries: group.commits.length })),
        ],
        breaking: notes.length,
        oldestShown: entries.at(-1)?.hash,
    };
}

;// CONCATENATED MODULE: ./packages/changelog/src/release-notes.ts




/**
 * The release notes for the commits `from..to` (all of `to`'s history when `from` is undefined),
 * rendered as conventional-changelog renders them with its `conventionalcommits` preset. The
 * commits come from ONE `git log` (commitsInRange; it also checks for a shallow clone). The date
 * of `to` comes from that log too, unless `paths` may have left `to` out or the range is empty.
 */
async function generateReleaseNotes(options) {
    checkReleaseNotesOptions(options);
    const { cwd, from, to, paths, ...rest } = options;
    const commits = await commitsInRange(cwd, from, to, paths === undefined ? {} : { paths });
    // git log lists `to` first, unless paths filter it out or the range is empty.
    const first = paths === undefined ? commits[0]?.date : undefined;
    const date = options.date ??
        (first === undefined || first === '' ? await commitDate(cwd, to) : new Date(first));
    return renderReleaseNotes(commits, { ...rest, date });
}
/**
 * Renders release notes from commits listed newest first (as `git log` and `commitsInRange` give
 * them) as conventional-changelog's writer renders them with the `conventionalcommits` preset:
 * breaking changes first, then Features, Bug Fixes, Performance Improvements and Reverts; the
 * preset's hidden types (docs, chore, ...) only appear with a breaking change. A revert and the
 * commit it reverts, both in the list, leave both out. Touches no git and no files.
 */
function renderReleaseNotes(commits, options) {
    return Promise.resolve().then(() => {
        checkReleaseNotesOptions(options);
        return writeReleaseNotes(parseConventionalCommits(commits), options);
    });
}
/**
 * Parses commits listed newest first with the preset's parser, leaving out merges (the preset's
 * `commits.merges: false`: conventional-changelog runs `git log --no-merges`) and empty messages.
 */
function parseConventionalCommits(commits) {
    const parsed = [];
    for (const commit of commits) {
        const entry = parseCommitInfo(commit);
        if (entry !== undefined)
            parsed.push(entry);
    }
    return parsed;
}
/** One commit parsed, or undefined for a merge or an empty message. */
function parseCommitInfo(commit) {
    if ((commit.parents?.length ?? 0) > 1)
        return undefined;
    const message = commit.body === '' ? commit.subject : `${commit.subject}\n\n${commit.body}`;
    if (message.trim() === '')
        return undefined;
    return parseNotesCommit(message, commit.sha);
}
/**
 * Renders already parsed commits (parseConventionalCommits) as one release's notes;
 * `oldestShown` is the oldest commit the notes show, reverted ones included.
 */
function writeReleaseNotes(parsed, options) {
    const { repository, previousTag } = options;
    const written = writeNotes(parsed, {
        version: options.version,
        date: options.date.toISOString().slice(0, 10),
        currentTag: options.currentTag,
        previousTag,
        links: repository === undefined
            ? undefined
            : {
                host: repository.host.replace(/\/+$/, ''),
                owner: repository.owner,
                repository: repository.repo,
            },
    });
    return { ...written, commits: parsed.length };
}
function checkReleaseNotesOptions(options) {
    if (options.version.trim() === '') {
        throw new ChangelogError('TL_NOTES_VERSION_EMPTY', 'The release notes need a version for their heading, but the version is empty. ' +
            'Pass the version being released, e.g. the `version` output of validate-tag.');
    }
    if (options.currentTag.trim() === '') {
        throw new ChangelogError('TL_NOTES_TAG_EMPTY', `The release notes of version ${options.version} need the release's tag, but the tag is empty. ` +
            'Pass the tag being released, e.g. the `tag` output of validate-tag.');
    }
    if (options.date !== undefined && Number.isNaN(options.date.getTime())) {
        throw new ChangelogError('TL_NOTES_DATE', `The release date of version ${options.version} is not a valid date. ` +
            "Pass a valid Date, or leave it out to use the date of the release's commit.");
    }
    const repository = options.repository;
    if (repository === undefined)
        return;
    if (!/^https?:\/\/[^/\s]+(?:\/[^\s]*)?$/.test(repository.host)) {
        throw new ChangelogError('TL_NOTES_REPOSITORY', `The repository host ${JSON.stringify(repository.host)} is not an http(s) URL. ` +
            'Write the server with its scheme, e.g. https://github.com (on GitHub Enterprise Server, its own URL).');
    }
    // GitLab nests groups (`group/subgroup/repo`); github.com has one owner level.
    const nested = !/^https?:\/\/github\.com\/*$/i.test(repository.host);
    for (const [name, value] of [
        ['owner', repository.owner],
        ['repo', repository.repo],
    ]) {
        const pattern = name === 'owner' && nested ? /^[\w.-]+(?:\/[\w.-]+)*$/ : /^[\w.-]+$/;
        if (!pattern.test(value)) {
            throw new ChangelogError('TL_NOTES_REPOSITORY', `The repository ${name} ${JSON.stringify(value)} is not a GitHub ${name} name ` +
                '(letters, digits, ".", "-" and "_"). Pass the two halves of owner/repo separately.');
        }
    }
}

;// CONCATENATED MODULE: ./packages/changelog/src/changelog-history.ts

/**
 * Splits commits listed newest first (one `git log` of the newest ref) at the commits that carry
 * a release tag, as the conventional-changelog CLI does with `-r 0`: a tagged commit starts its
 * release, and every older commit down to the next tagged one belongs to it.
 */
function sliceByRelease(commits, options) {
    const order = options.order ?? commits;
    const slices = [];
    // The slice each sha of `order` belongs to; none before the newest tag without `unreleased`.
    const sliceOf = new Map();
    let current;
    if (options.unreleased !== undefined) {
        current = { mark: options.unreleased, date: order[0]?.date ?? '', commits: [] };
        slices.push(current);
    }
    for (const { sha, date } of order) {
        const mark = options.releases.get(sha);
        if (mark !== undefined) {
            current = { mark, date: date ?? '', commits: [] };
            slices.push(current);
        }
        if (current !== undefined)
            sliceOf.set(sha, current);
    }
    for (const commit of commits)
        sliceOf.get(commit.sha)?.commits.push(commit);
    // An unreleased part with no commit at all is no section.
    const first = slices[0];
    if (options.unreleased !== undefined && first !== undefined && first.commits.length === 0) {
        slices.shift();
    }
    return slices;
}
/**
 * The whole changelog: one section per release, newest first, each rendered as
 * renderReleaseNotes renders one release (the conventionalcommits preset), its heading linking
 * the comparison with the release before it. The oldest release compares with its oldest listed
 * commit, as the conventional-changelog CLI links it. Sections are separated by one blank line.
 */
function renderChangelog(commits, options) {
    return Promise.resolve().then(() => writeChangelog(commits, options));
}
/** renderChangelog, synchronously. */
function writeChangelog(commits, options) {
    let releases;
    if (options.order === undefined) {
        const writer = new ChangelogWriter(options);
        for (const commit of commits)
            writer.add(commit, options.releases.get(commit.sha));
        releases = writer.end();
    }
    else {
        const slices = sliceByRelease(commits, options);
        releases = slices.map((slice, index) => writeRelease(slice.mark, slice.date, parseConventionalCommits(slice.commits), slices[index + 1]?.mark.tag, options.repository));
    }
    return { markdown: releases.map((release) => release.markdown).join('\n'), releases };
}
/**
 * One release's section. `previousTag` is the tag of the release before it; undefined for the
 * oldest release, which then compares with its oldest listed commit, as the CLI's writer links it.
 */
function writeRelease(mark, day, parsed, previousTag, repository) {
    const date = new Date(day === '' ? 0 : day);
    const base = {
        version: mark.version,
        currentTag: mark.tag,
        date,
        ...(repository === undefined ? {} : { repository }),
    };
    checkReleaseNotesOptions(base);
    const unlinked = previousTag === undefined ? writeReleaseNotes(parsed, base) : undefined;
    const previous = previousTag ?? unlinked?.oldestShown;
    const notes = previous !== undefined
        ? writeReleaseNotes(parsed, { ...base, previousTag: previous })
        : (unlinked ?? writeReleaseNotes(parsed, base));
    return {
        markdown: notes.markdown,
        commits: notes.commits,
        sections: notes.sections,
        breaking: notes.breaking,
        version: mark.version,
        tag: mark.tag,
        previousTag: previous,
        date: date.toISOString().slice(0, 10),
    };
}
/**
 * writeChangelog (without `order`) fed one commit at a time, newest first, as `git log` streams
 * them: a release's section is written as soon as the next older release tag closes it, and its
 * commits are parsed as they come, so the history is never held whole. end() gives the sections,
 * newest first.
 */
class ChangelogWriter {
    options;
    releases = [];
    open;
    started = false;
    constructor(options) {
        this.options = options;
    }
    /** The next older commit; `mark` is the release tag on it, if any (the caller picks one). */
    add(commit, mark) {
        const date = commit.date ?? '';
        if (!this.started) {
            this.started = true;
            const { unreleased } = this.options;
            if (unreleased !== undefined) {
                this.open = { mark: unreleased, date, parsed: [], commits: 0, unreleased: true };
            }
        }
        if (mark !== undefined) {
            this.close(mark.tag);
            this.open = { mark, date, parsed: [], commits: 0, unreleased: false };
        }
        const open = this.open;
        if (open === undefined)
            return;
        open.commits++;
        const parsed = parseCommitInfo(commit);
        if (parsed !== undefined)
            open.parsed.push(parsed);
    }
    /** The sections, newest first. */
    end() {
        this.close(undefined);
        return this.releases;
    }
    close(previousTag) {
        const open = this.open;
        this.open = undefined;
        // An unreleased part with no commit at all is no section.
        if (open === undefined || (open.unreleased && open.commits === 0))
            return;
        this.releases.push(writeRelease(open.mark, open.date, open.parsed, previousTag, this.options.repository));
    }
}

// EXTERNAL MODULE: ./packages/git/src/git-command.ts
var git_command = __webpack_require__(25240);
;// CONCATENATED MODULE: ./packages/git/src/commit-log.ts

const FIELDS = ['%H', '%P', '%s', '%b', '%an', '%ae', '%cI'].join('%x1f');
// With decorations: the boundary mark first, the tags on the commit last.
const DECORATED_FIELDS = `%m%x1f${FIELDS}%x1f%D`;
/** Turns `git log --format=<FIELDS>%x1e` output into commits as it arrives, chunk by chunk. */
class CommitLogParser {
    decorated;
    onCommit;
    commits = [];
    rest = '';
    /**
     * `decorated`: the output of DECORATED_FIELDS (logCommits' `decorate` option). With `onCommit`,
     * each commit is handed to it as soon as it is read instead of being kept in `commits`.
     */
    constructor(decorated = false, onCommit) {
        this.decorated = decorated;
        this.onCommit = onCommit;
    }
    push(chunk) {
        const text = this.rest === '' ? chunk : this.rest + chunk;
        let start = 0;
        for (let end = text.indexOf('\x1e'); end !== -1; end = text.indexOf('\x1e', start)) {
            this.record(text, text.charCodeAt(start) === 10 ? start + 1 : start, end);
            start = end + 1;
        }
        this.rest = start === 0 ? text : text.slice(start);
    }
    end() {
        const rest = this.rest;
        this.rest = '';
        if (rest.trim() !== '')
            this.record(rest, rest.charCodeAt(0) === 10 ? 1 : 0, rest.length);
        return this.commits;
    }
    /** The record text[start, end): its fields split at \x1f, read in place. */
    record(text, start, end) {
        let from = start;
        const field = () => {
            if (from > end)
                return undefined;
            let to = text.indexOf('\x1f', from);
            if (to === -1 || to > end)
                to = end;
            const value = text.slice(from, to);
            from = to + 1;
            return value;
        };
        const mark = this.decorated ? field() : undefined;
        const sha = field();
        const parents = field();
        const subject = field();
        const body = field();
        const author = field();
        const authorEmail = field();
        const date = field();
        const refs = this.decorated ? field() : undefined;
        if (sha === undefined || sha === '' || subject === undefined)
            return;
        const commit = {
            ...(this.decorated ? { boundary: mark === '-', tags: tagsOf(refs) } : {}),
            sha,
            subject,
            body: body === undefined ? '' : trimTrailingNewlines(body),
            author: author ?? '',
            authorEmail: authorEmail ?? '',
            date: date ?? '',
            parents: parents === undefined || parents === '' ? [] : parents.split(' '),
        };
        if (this.onCommit === undefined)
            this.commits.push(commit);
        else
            this.onCommit(commit);
    }
}
function trimTrailingNewlines(text) {
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 10)
        end--;
    return end === text.length ? text : text.slice(0, end);
}
/** The tag names of `%D` with --decorate-refs=refs/tags/: `tag: v1.0.0, tag: v1.0`. */
function tagsOf(refs) {
    if (refs === undefined || refs === '')
        return [];
    return refs
        .split(', ')
        .filter((ref) => ref.startsWith('tag: '))
        .map((ref) => ref.slice(5));
}
/**
 * The commits of `revs` (`v1.0.0..HEAD`, `HEAD`, ...) newest first, merges included, read from ONE
 * `git log` whose output is parsed while it streams (no whole-output string, no per-commit git).
 * `paths` limits them to commits that touch those paths. The revisions are not checked here:
 * a failure is returned as the git result (exitCode, stderr) for the caller to explain.
 */
async function logCommits(cwd, revs, paths = [], options = {}) {
    const decorate = options.decorate === true;
    const args = [
        'log',
        `--format=${decorate ? DECORATED_FIELDS : FIELDS}%x1e`,
        ...(decorate ? ['--decorate-refs=refs/tags/'] : []),
        ...(options.boundary === true ? ['--boundary'] : []),
        '--encoding=UTF-8',
        '--no-show-signature',
        '--end-of-options',
        ...revs,
        '--',
        ...paths,
    ];
    const parser = new CommitLogParser(decorate, options.onCommit);
    const result = await new Promise((resolve, reject) => {
        const child = (0,git_command/* childProcess */.Qk)().spawn('git', args, {
            cwd,
            stdio: ['ignore', 'pipe', 'pipe'],
            windowsHide: true,
        });
        let stderr = '';
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (chunk) => parser.push(chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('error', reject);
        child.on('close', (code) => resolve({ stdout: '', stderr, exitCode: code ?? 128 }));
    }).catch(async (error) => {
        // git missing or no such directory: the ordinary runner says which, with the fix.
        await (0,git_command/* git */.$Y)(cwd, ['rev-parse', '--git-dir']);
        throw error;
    });
    return { commits: parser.end(), result };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./packages/cli/src/notes/git-objects.ts
// The refs and commits of a plain repository, read from its files in this process instead of by a
// git process: loose and packed refs (annotated tags peeled), loose objects and pack files (.idx
// version 2, OFS_DELTA and REF_DELTA resolved). Whatever would make git's answer differ from the
// files alone (a shallow clone, grafts, replace refs, alternates, extensions such as SHA-256 or
// reftable, git environment variables, another owner's repository, a missing or odd object) makes
// openRepository return undefined or a read throw Unusual: the caller then asks git.



/** Something this reader does not cover: ask git instead. */
class Unusual extends Error {
}
const GIT_ENVIRONMENT = [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_COMMON_DIR',
    'GIT_OBJECT_DIRECTORY',
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_REPLACE_REF_BASE',
    'GIT_NO_REPLACE_OBJECTS',
    'GIT_GRAFT_FILE',
    'GIT_SHALLOW_FILE',
    'GIT_NAMESPACE',
    'GIT_CEILING_DIRECTORIES',
    'GIT_DISCOVERY_ACROSS_FILESYSTEM',
    'GIT_CONFIG',
    'GIT_CONFIG_PARAMETERS',
    'GIT_CONFIG_COUNT',
    'GIT_QUARANTINE_PATH',
];
const SHA = /^[0-9a-f]{40}$/;
function kindOf(path) {
    const stat = (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false });
    if (stat === undefined)
        return undefined;
    return stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : undefined;
}
function readText(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'latin1');
    }
    catch {
        return undefined;
    }
}
/** The .git directory git would use from `cwd`; undefined for anything but a plain `.git` dir. */
function plainGitDir(cwd) {
    for (let dir = (0,external_node_path_.resolve)(cwd);; dir = (0,external_node_path_.dirname)(dir)) {
        const dotGit = (0,external_node_path_.join)(dir, '.git');
        const kind = kindOf(dotGit);
        if (kind === 'dir')
            return dotGit;
        // A worktree or submodule (.git file), or a bare repository on the way up: git's business.
        if (kind !== undefined || kindOf((0,external_node_path_.join)(dir, 'objects')) !== undefined)
            return undefined;
        if ((0,external_node_path_.dirname)(dir) === dir)
            return undefined;
    }
}
/** Whether the repository's config keeps to what this reader covers: format 0 or 1, no extensions. */
function plainConfig(config) {
    for (const raw of config.split('\n')) {
        const line = raw.trim().toLowerCase();
        if (line.startsWith('[extensions') || line.startsWith('[include'))
            return false;
        const version = /^repositoryformatversion\s*=\s*(\S*)/.exec(line);
        if (version !== null && version[1] !== '0' && version[1] !== '1')
            return false;
    }
    return true;
}
const git_objects_TYPES = [undefined, 'commit', 'tree', 'blob', 'tag'];
/** A plain repository's refs and objects, or undefined when git must be asked. */
function openRepository(cwd) {
    if (GIT_ENVIRONMENT.some((name) => process.env[name] !== undefined))
        return undefined;
    const gitDir = plainGitDir(cwd);
    if (gitDir === undefined)
        return undefined;
    // git refuses a repository another user owns (safe.directory): let it say so.
    const owner = (0,external_node_fs_.statSync)(gitDir).uid;
    if (process.getuid !== undefined && owner !== process.getuid())
        return undefined;
    const config = readText((0,external_node_path_.join)(gitDir, 'config'));
    if (config === undefined || !plainConfig(config))
        return undefined;
    const shallow = readText((0,external_node_path_.join)(gitDir, 'shallow'));
    if (shallow !== undefined && shallow.trim() !== '')
        return undefined;
    for (const odd of ['info/grafts', 'objects/info/alternates', 'commondir', 'reftable']) {
        if (kindOf((0,external_node_path_.join)(gitDir, odd)) !== undefined)
            return undefined;
    }
    const replace = (0,external_node_path_.join)(gitDir, 'refs', 'replace');
    if (kindOf(replace) === 'dir' && (0,external_node_fs_.readdirSync)(replace).length > 0)
        return undefined;
    return new GitRepositoryFiles(gitDir);
}
class GitRepositoryFiles {
    gitDir;
    packed;
    packs;
    cache = new Map();
    constructor(gitDir) {
        this.gitDir = gitDir;
    }
    /** Closes the pack files this reader opened. */
    close() {
        for (const pack of this.packs ?? []) {
            (0,external_node_fs_.closeSync)(pack.idx);
            (0,external_node_fs_.closeSync)(pack.pack);
        }
    }
    packedRefs() {
        if (this.packed !== undefined)
            return this.packed;
        const refs = new Map();
        const text = readText((0,external_node_path_.join)(this.gitDir, 'packed-refs')) ?? '';
        let last;
        for (const line of text.split('\n')) {
            if (line === '' || line.startsWith('#'))
                continue;
            if (line.startsWith('^')) {
                const peeled = line.slice(1).trim();
                if (last === undefined || !SHA.test(peeled))
                    throw new Unusual('packed-refs');
                last.peeled = peeled;
                continue;
            }
            const match = /^([0-9a-f]{40}) (\S+)$/.exec(line.trimEnd());
            if (match === null)
                throw new Unusual('packed-refs');
            const name = match[2] ?? '';
            if (name.startsWith('refs/replace/'))
                throw new Unusual('replace refs');
            last = { sha: match[1] ?? '' };
            refs.set(name, last);
        }
        this.packed = refs;
        return refs;
    }
    /** The object a full ref name points at (symbolic refs followed), or undefined. */
    ref(name, depth = 0) {
        if (depth > 5)
            throw new Unusual('symbolic ref loop');
        const path = (0,external_node_path_.join)(this.gitDir, ...name.split('/'));
        const kind = kindOf(path);
        if (kind === 'file') {
            const text = (readText(path) ?? '').trim();
            if (SHA.test(text))
                return text;
            const target = /^ref: (refs\/\S+)$/.exec(text)?.[1];
            if (target === undefined)
                throw new Unusual(`ref ${name}`);
            return this.ref(target, depth + 1);
        }
        if (kind === 'dir')
            return undefined;
        return this.packedRefs().get(name)?.sha;
    }
    /**
     * The ref git's rules pick for a revision written as a name (`v1.2.0`, `refs/tags/v1.2.0`,
     * `HEAD`): the first of name, refs/name, refs/tags/name, refs/heads/name, refs/remotes/name,
     * refs/remotes/name/HEAD that exists. Undefined when none does; Unusual for revision syntax.
     */
    dwim(name) {
        if (!/^[A-Za-z0-9_][A-Za-z0-9._+/-]*$/.test(name) || /\.\.|\/\/|\/\.|\.lock$|[./]$/.test(name))
            throw new Unusual(`revision ${name}`);
        const rules = [
            name,
            `refs/${name}`,
            `refs/tags/${name}`,
            `refs/heads/${name}`,
            `refs/remotes/${name}`,
            `refs/remotes/${name}/HEAD`,
        ];
        for (const ref of rules) {
            // Outside refs/ git reads only HEAD-like names (all capitals and _).
            if (ref === name && !name.startsWith('refs/') && !/^[A-Z_]+$/.test(name)) {
                if (kindOf((0,external_node_path_.join)(this.gitDir, name)) !== undefined)
                    throw new Unusual(`file ${name}`);
                continue;
            }
            const sha = this.ref(ref);
            if (sha !== undefined)
                return { ref, sha };
        }
        return undefined;
    }
    /** The commit a tag (or a commit) object finally names. */
    peel(sha) {
        let current = sha;
        for (let depth = 0; depth < 10; depth++) {
            const object = this.read(current);
            if (object.type === 'commit')
                return current;
            if (object.type !== 'tag')
                throw new Unusual(`${object.type} ${current}`);
            const target = /^object ([0-9a-f]{40})\n/.exec(object.data.toString('latin1', 0, 48))?.[1];
            if (target === undefined)
                throw new Unusual(`tag ${current}`);
            current = target;
        }
        throw new Unusual(`tag chain at ${sha}`);
    }
    /** The object `sha` names, from a pack or a loose file; Unusual when it is missing or odd. */
    read(sha) {
        const cached = this.cache.get(sha);
        if (cached !== undefined)
            return cached;
        const object = this.fromPacks(sha) ?? this.loose(sha);
        if (object === undefined)
            throw new Unusual(`missing ${sha}`);
        this.cache.set(sha, object);
        return object;
    }
    loose(sha) {
        let raw;
        try {
            raw = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(this.gitDir, 'objects', sha.slice(0, 2), sha.slice(2)));
        }
        catch {
            return undefined;
        }
        const data = (0,external_node_zlib_.inflateSync)(raw);
        const nul = data.indexOf(0);
        const header = /^(commit|tree|blob|tag) (\d+)$/.exec(data.toString('latin1', 0, nul));
        if (nul === -1 || header === null || Number(header[2]) !== data.length - nul - 1)
            throw new Unusual(`loose object ${sha}`);
        return { type: header[1], data: data.subarray(nul + 1) };
    }
    packList() {
        if (this.packs !== undefined)
            return this.packs;
        const dir = (0,external_node_path_.join)(this.gitDir, 'objects', 'pack');
        const names = kindOf(dir) === 'dir' ? (0,external_node_fs_.readdirSync)(dir) : [];
        this.packs = [];
        for (const name of names.filter((file) => file.endsWith('.idx')).sort()) {
            const idx = (0,external_node_fs_.openSync)((0,external_node_path_.join)(dir, name), 'r');
            let pack;
            try {
                pack = (0,external_node_fs_.openSync)((0,external_node_path_.join)(dir, `${name.slice(0, -4)}.pack`), 'r');
            }
            catch (error) {
                (0,external_node_fs_.closeSync)(idx);
                throw error;
            }
            const fanout = readAt(idx, 0, 1032);
            const count = fanout.length < 1032 ? 0 : fanout.readUInt32BE(8 + 255 * 4);
            this.packs.push({ name, fanout, count, idx, pack, size: (0,external_node_fs_.fstatSync)(pack).size });
            if (count === 0 || fanout.readUInt32BE(0) !== 0xff744f63 || fanout.readUInt32BE(4) !== 2)
                throw new Unusual(`pack index ${name}`);
        }
        return this.packs;
    }
    fromPacks(sha) {
        const key = Buffer.from(sha, 'hex');
        for (const pack of this.packList()) {
            const offset = packOffset(pack, key);
            if (offset !== undefined)
                return this.packEntry(pack, offset, 0);
        }
        return undefined;
    }
    packEntry(pack, offset, depth) {
        if (depth > 64)
            throw new Unusual('delta chain');
        // Type and size, then for a delta its base; zlib's worst case bounds the compressed data.
        let head = readAt(pack.pack, offset, Math.min(64, pack.size - offset));
        let at = 0;
        let byte = head[at++] ?? 0;
        const type = (byte >> 4) & 7;
        let size = byte & 15;
        for (let shift = 4; byte & 0x80; shift += 7) {
            byte = head[at++] ?? 0;
            size += (byte & 0x7f) * 2 ** shift;
        }
        let base;
        if (type === 6) {
            byte = head[at++] ?? 0;
            let distance = byte & 0x7f;
            while (byte & 0x80) {
                byte = head[at++] ?? 0;
                distance = (distance + 1) * 128 + (byte & 0x7f);
            }
            base = this.packEntry(pack, offset - distance, depth + 1);
        }
        else if (type === 7) {
            base = this.read(head.toString('hex', at, at + 20));
            at += 20;
        }
        else if (git_objects_TYPES[type] === undefined) {
            throw new Unusual(`pack entry type ${type}`);
        }
        const bound = size + (size >> 3) + (size >> 6) + 64;
        if (at + bound > head.length)
            head = readAt(pack.pack, offset, Math.min(at + bound, pack.size - offset));
        const data = (0,external_node_zlib_.inflateSync)(head.subarray(at));
        if (data.length !== size)
            throw new Unusual(`pack entry at ${offset}`);
        if (base === undefined)
            return { type: git_objects_TYPES[type], data };
        return { type: base.type, data: applyDelta(base.data, data) };
    }
}
/** `length` bytes at `offset` of the file (fewer at its end). */
function readAt(fd, offset, length) {
    const buffer = Buffer.allocUnsafe(Math.max(length, 0));
    let done = 0;
    while (done < length) {
        const read = (0,external_node_fs_.readSync)(fd, buffer, done, length - done, offset + done);
        if (read === 0)
            break;
        done += read;
    }
    return buffer.subarray(0, done);
}
/** The offset of `key` in the pack: its fan-out bucket of the .idx read, then searched. */
function packOffset(pack, key) {
    const { fanout, count, idx } = pack;
    const first = key[0] ?? 0;
    const low = first === 0 ? 0 : fanout.readUInt32BE(8 + (first - 1) * 4);
    const high = fanout.readUInt32BE(8 + first * 4);
    if (high <= low)
        return undefined;
    const names = readAt(idx, 1032 + low * 20, (high - low) * 20);
    let [from, to] = [0, high - low];
    while (from < to) {
        const middle = (from + to) >>> 1;
        const order = names.compare(key, 0, 20, middle * 20, middle * 20 + 20);
        if (order === 0) {
            const offset = readAt(idx, 1032 + count * 24 + (low + middle) * 4, 4).readUInt32BE(0);
            if ((offset & 0x80000000) === 0)
                return offset;
            const large = readAt(idx, 1032 + count * 28 + (offset & 0x7fffffff) * 8, 8);
            return large.readUInt32BE(0) * 2 ** 32 + large.readUInt32BE(4);
        }
        if (order > 0)
            to = middle;
        else
            from = middle + 1;
    }
    return undefined;
}
function varint(delta, at) {
    let value = 0;
    let byte;
    let shift = 0;
    do {
        byte = delta[at.i++] ?? 0;
        value += (byte & 0x7f) * 2 ** shift;
        shift += 7;
    } while (byte & 0x80);
    return value;
}
/** git's delta format: the base's size, the result's size, then copy and insert instructions. */
function applyDelta(base, delta) {
    const at = { i: 0 };
    if (varint(delta, at) !== base.length)
        throw new Unusual('delta base size');
    const out = Buffer.allocUnsafe(varint(delta, at));
    let written = 0;
    while (at.i < delta.length) {
        const op = delta[at.i++] ?? 0;
        if (op & 0x80) {
            let offset = 0;
            let length = 0;
            for (let bit = 0; bit < 4; bit++)
                if (op & (1 << bit))
                    offset += (delta[at.i++] ?? 0) * 2 ** (8 * bit);
            for (let bit = 0; bit < 3; bit++)
                if (op & (1 << (4 + bit)))
                    length += (delta[at.i++] ?? 0) << (8 * bit);
            if (length === 0)
                length = 0x10000;
            if (offset + length > base.length || written + length > out.length)
                throw new Unusual('delta copy');
            written += base.copy(out, written, offset, offset + length);
        }
        else if (op !== 0) {
            if (at.i + op > delta.length || written + op > out.length)
                throw new Unusual('delta insert');
            written += delta.copy(out, written, at.i, at.i + op);
            at.i += op;
        }
        else {
            throw new Unusual('delta opcode 0');
        }
    }
    if (written !== out.length)
        throw new Unusual('delta result size');
    return out;
}

;// CONCATENATED MODULE: ./packages/cli/src/notes/in-process-log.ts

/** Past this many commits one git process is quicker than reading them here. */
const MAX_COMMITS = 400;
const pad = (value, width = 2) => String(value).padStart(width, '0');
/** git's `%cI` (strict ISO 8601 in the committer's offset) of `<seconds> <+hhmm>`. */
function strictIsoDate(seconds, offset) {
    const tz = Number(offset);
    const minutes = Math.sign(tz) * (Math.floor(Math.abs(tz) / 100) * 60 + (Math.abs(tz) % 100));
    const time = new Date((Number(seconds) + minutes * 60) * 1000);
    const year = time.getUTCFullYear();
    if (!Number.isFinite(year) || year < 1970 || year > 9999)
        throw new Unusual(`date ${seconds}`);
    const date = `${pad(year, 4)}-${pad(time.getUTCMonth() + 1)}-${pad(time.getUTCDate())}`;
    const clock = `${pad(time.getUTCHours())}:${pad(time.getUTCMinutes())}:${pad(time.getUTCSeconds())}`;
    const sign = offset.startsWith('-') && tz !== 0 ? '-' : '+';
    const zone = `${sign}${pad(Math.floor(Math.abs(tz) / 100))}:${pad(Math.abs(tz) % 100)}`;
    return `${date}T${clock}${zone}`;
}
// git's isspace: space, tab, newline and carriage return (not \v or \f).
const isSpace = (code) => code === 32 || code === 9 || code === 10 || code === 13;
/** The lines of `text` from `at`, each [start, end without the newline, next]. */
function lineAt(text, at) {
    const newline = text.indexOf('\n', at);
    return newline === -1 ? [at, text.length, text.length] : [at, newline, newline + 1];
}
function blank(text, start, end) {
    for (let i = start; i < end; i++)
        if (!isSpace(text.charCodeAt(i)))
            return false;
    return true;
}
/** git's `%s` and `%b` of a commit message (pretty.c: format_subject, skip_blank_lines). */
function subjectAndBody(message) {
    let at = 0;
    while (at < message.length) {
        const [start, end, next] = lineAt(message, at);
        if (!blank(message, start, end))
            break;
        at = next;
    }
    const lines = [];
    while (at < message.length) {
        const [start, end, next] = lineAt(message, at);
        if (blank(message, start, end))
            break;
        let stop = end;
        while (stop > start && isSpace(message.charCodeAt(stop - 1)))
            stop--;
        lines.push(message.slice(start, stop));
        at = next;
    }
    while (at < message.length) {
        const [start, end, next] = lineAt(message, at);
        if (!blank(message, start, end))
            break;
        at = next;
    }
    return { subject: lines.join(' '), body: message.slice(at) };
}
const IDENT = /^([^<>\s](?:[^<>\n]*[^<>\s])?) <([^<>\n]*)> (\d{1,12}) ([+-]\d{4})$/;
/** One commit object as logCommits' parser gives it (body without trailing newlines). */
function commitInfo(sha, data) {
    // A NUL ends git's text early, and the log's field separators would split it: git's business.
    if (data.includes(0) || data.includes(0x1e) || data.includes(0x1f))
        throw new Unusual(`control byte in ${sha}`);
    const text = data.toString('utf8');
    const split = text.indexOf('\n\n');
    const headers = (split === -1 ? text : text.slice(0, split)).split('\n');
    const parents = [];
    let author = null;
    let committer = null;
    for (const header of headers) {
        if (header.startsWith('parent '))
            parents.push(header.slice(7));
        else if (header.startsWith('author '))
            author = IDENT.exec(header.slice(7));
        else if (header.startsWith('committer '))
            committer = IDENT.exec(header.slice(10));
        else if (header.startsWith('encoding '))
            throw new Unusual(`encoding in ${sha}`);
    }
    if (author === null || committer === null || !parents.every((p) => /^[0-9a-f]{40}$/.test(p)))
        throw new Unusual(`commit ${sha}`);
    const { subject, body } = subjectAndBody(split === -1 ? '' : text.slice(split + 2));
    let end = body.length;
    while (end > 0 && body.charCodeAt(end - 1) === 10)
        end--;
    return {
        boundary: false,
        tags: [],
        sha,
        subject,
        body: body.slice(0, end),
        author: author[1] ?? '',
        authorEmail: author[2] ?? '',
        date: strictIsoDate(committer[3] ?? '', committer[4] ?? ''),
        parents,
    };
}
/** A revision as a tag name (what git decorates it with) and its commit. */
function revision(repo, rev, allowSha) {
    if (allowSha && /^[0-9a-f]{40}$/.test(rev))
        return { sha: repo.peel(rev), tag: undefined };
    const found = repo.dwim(rev);
    if (found === undefined || !found.ref.startsWith('refs/tags/'))
        throw new Unusual(rev);
    return { sha: repo.peel(found.sha), tag: found.ref.slice('refs/tags/'.length) };
}
/**
 * The commits of `toRev` not in `fromRev`, newest first, then `fromRev`'s commit as the boundary,
 * as logCommits(cwd, [toRev, `^${fromRev}`], [], { decorate: true, boundary: true }) reads them,
 * with the tags of --to and --from only (the other commits' tags are not read). Undefined when
 * git must be asked.
 */
function inProcessRange(cwd, toRev, fromRev) {
    let repo;
    try {
        repo = openRepository(cwd);
        if (repo === undefined)
            return undefined;
        const to = revision(repo, toRev, false);
        const from = revision(repo, fromRev, true);
        const commits = [];
        let sha = to.sha;
        while (sha !== from.sha) {
            if (commits.length === MAX_COMMITS)
                return undefined;
            const commit = commitInfo(sha, repo.read(sha).data);
            const parent = commit.parents?.[0];
            if (commit.parents?.length !== 1 || parent === undefined)
                return undefined;
            commits.push(commit);
            sha = parent;
        }
        const first = commits[0];
        if (first === undefined)
            return undefined;
        if (to.tag !== undefined)
            first.tags = [to.tag];
        const boundary = commitInfo(from.sha, repo.read(from.sha).data);
        boundary.boundary = true;
        if (from.tag !== undefined)
            boundary.tags = [from.tag];
        commits.push(boundary);
        return commits;
    }
    catch (error) {
        if (error instanceof Unusual || error.code !== undefined)
            return undefined;
        throw error;
    }
    finally {
        repo?.close();
    }
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./packages/cli/src/notes/options.ts
// `tokenless notes` options: read with node:util's parseArgs, said back in the command's words.

const NOTES_USAGE = `Usage: tokenless notes [options]

Writes release notes from the conventional commits of the repository in the current directory,
as conventional-changelog writes them with its conventionalcommits preset: by default the
commits since the previous release tag, up to HEAD.

Options:
      --from REV            the previous release, a tag or commit (default: the release tag with
                            the highest version below --to's)
      --to REV              the release, a tag or commit (default: HEAD)
      --all                 the whole history: one section per release tag, newest first
      --version VERSION     the version in the heading of commits after the newest release tag
                            (default: Unreleased)
      --prepend FILE        write the notes into FILE (a CHANGELOG.md) under its title instead of
                            standard output; a rerun for the same version replaces its section
  -f, --format markdown|json   output format (default markdown)
      --tag-prefix PREFIX   what stands before the version in release tags: v (default), "", or a
                            monorepo form such as @scope/pkg@ or pkg-v
      --scheme semver|pep440|calver   the version scheme of the tags (default semver)
      --calver-format FORMAT   the CalVer format with --scheme calver, e.g. YYYY.M.MICRO
      --path DIR            only commits that touch DIR (one package of a monorepo); its
                            package.json name gives the tag prefix <name>@ when such tags exist
      --repository URL      link to this repository (default: the URL of the remote origin;
                            GitHub, GitHub Enterprise Server and GitLab forms)
      --no-links            no links at all
  -h, --help                show this help

Exit status: 0 the notes were written, 1 the repository cannot give them (the message says why),
2 a usage error.`;
/** A mistake in the command line: exit 2 with the usage. */
class NotesUsageError extends Error {
}
const OPTIONS = {
    from: { type: 'string' },
    to: { type: 'string' },
    all: { type: 'boolean' },
    version: { type: 'string' },
    prepend: { type: 'string' },
    format: { type: 'string', short: 'f' },
    'tag-prefix': { type: 'string' },
    scheme: { type: 'string' },
    'calver-format': { type: 'string' },
    path: { type: 'string' },
    repository: { type: 'string' },
    'no-links': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const STRING_FLAGS = new Set(Object.entries(OPTIONS).flatMap(([name, option]) => option.type === 'string'
    ? [`--${name}`, ...('short' in option ? [`-${option.short}`] : [])]
    : []));
/** node:util's parseArgs error, said in this command's words with the option as typed. */
function usageErrorOf(error, args) {
    // Read as a plain object: node:util's errors may come from another realm (a test's VM).
    const { code, message = '' } = error;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        const typed = /'([^']+)'/.exec(message)?.[1] ?? '';
        return new NotesUsageError(`unknown option ${typed}.`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        const flag = args.find((arg, index) => {
            const next = args[index + 1];
            return STRING_FLAGS.has(arg) && (next === undefined || next.startsWith('-'));
        });
        if (flag !== undefined)
            return new NotesUsageError(`${flag} needs a value.`);
        const typed = /'([^']+)' does not take an argument/.exec(message)?.[1];
        if (typed !== undefined)
            return new NotesUsageError(`${typed} takes no value.`);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
        const typed = /'([^']+)'/.exec(message)?.[1] ?? '';
        return new NotesUsageError(`unexpected argument "${typed}": name the range with --from and --to.`);
    }
    return error;
}
function parseNotesArgs(args) {
    let values;
    try {
        values = (0,external_node_util_.parseArgs)({ args, options: OPTIONS, strict: true }).values;
    }
    catch (error) {
        throw usageErrorOf(error, args);
    }
    const format = values.format ?? 'markdown';
    if (format !== 'markdown' && format !== 'json')
        throw new NotesUsageError(`unknown format "${format}": use markdown or json.`);
    const scheme = values.scheme ?? 'semver';
    if (scheme !== 'semver' && scheme !== 'pep440' && scheme !== 'calver')
        throw new NotesUsageError(`unknown scheme "${scheme}": use semver, pep440 or calver.`);
    if (values.all === true && values.from !== undefined)
        throw new NotesUsageError('--all writes the whole history and takes no --from; leave out --all for one range.');
    if (values['no-links'] === true && values.repository !== undefined)
        throw new NotesUsageError('give --repository or --no-links, not both.');
    if (values.prepend !== undefined && format === 'json')
        throw new NotesUsageError('--prepend writes markdown into the file; leave out --format json.');
    return {
        from: values.from,
        to: values.to,
        all: values.all ?? false,
        version: values.version,
        prepend: values.prepend,
        format,
        tagPrefix: values['tag-prefix'],
        scheme,
        calverFormat: values['calver-format'],
        path: values.path,
        repository: values.repository,
        links: values['no-links'] !== true,
        help: values.help ?? false,
    };
}
/** The repository cannot give the notes asked for (unknown tag, shallow clone...): exit 1. */
class NotesError extends Error {
}

;// CONCATENATED MODULE: ./packages/git/src/remote-url.ts

const SCP_LIKE = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/)(.+)$/;
const URL_LIKE = /^(?:git\+)?(https?|ssh|git):\/\/(?:[^@/\s]+@)?([^/:\s]+)(?::(\d+))?\/(.+)$/;
/**
 * The web repository a remote URL points at, in the forms GitHub, GitHub Enterprise Server and
 * GitLab give: `https://host/owner/repo(.git)`, `git@host:owner/repo.git`,
 * `ssh://git@host(:port)/owner/repo.git`, `git://host/owner/repo`, with GitLab's nested groups.
 * The web URL is https on the same host (an http remote stays http; an ssh port is dropped).
 * Undefined for what is not such a URL (a local path, a file:// URL, one path segment).
 */
function parseRemoteUrl(url) {
    const text = url.trim();
    let scheme = 'https';
    let host;
    let path;
    const full = URL_LIKE.exec(text);
    if (full !== null) {
        scheme = full[1] === 'http' ? 'http' : 'https';
        host = full[2];
        path = full[4];
    }
    else if (!text.includes('://')) {
        const scp = SCP_LIKE.exec(text);
        host = scp?.[1];
        path = scp?.[2];
    }
    if (host === undefined || path === undefined)
        return undefined;
    const segments = path
        .replace(/\/+$/, '')
        .replace(/\.git$/, '')
        .split('/')
        .filter((segment) => segment !== '');
    // GitLab's `~user` in scp URLs and Windows drive letters (`C:\...`) are not repositories.
    if (segments.length < 2 || host.length === 1)
        return undefined;
    if (!segments.every((segment) => /^[\w.-]+$/.test(segment)))
        return undefined;
    const repo = segments.pop();
    return { host: `${scheme}://${host}`, owner: segments.join('/'), repo };
}
/** The URL of `remote` (default origin), or undefined when there is no such remote. */
async function remoteUrl(cwd, remote = 'origin') {
    const result = await (0,git_command/* git */.$Y)(cwd, ['config', '--get', `remote.${remote}.url`], { allowFailure: true });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
}

;// CONCATENATED MODULE: ./packages/git/src/shallow-clone.ts



/** Whether the repository at `cwd` is a shallow clone (e.g. actions/checkout's default depth 1). */
async function isShallow(cwd) {
    const { stdout } = await git(cwd, ['rev-parse', '--is-shallow-repository']);
    return stdout.trim() === 'true';
}
/**
 * The commits where a shallow clone's history is cut off (`.git/shallow`): git treats them as
 * having no parents. Empty for a complete repository.
 */
async function shallowBoundaries(cwd) {
    const { stdout } = await (0,git_command/* git */.$Y)(cwd, ['rev-parse', '--git-path', 'shallow']);
    const relative = stdout.trim();
    const path = (0,external_node_path_.isAbsolute)(relative) ? relative : (0,external_node_path_.join)(cwd, relative);
    const text = await new Promise((resolve, reject) => (0,external_node_fs_.readFile)(path, 'utf8', (error, data) => {
        if (error === null)
            resolve(data);
        else if (error.code === 'ENOENT')
            resolve('');
        else
            reject(error);
    }));
    return new Set(text.split('\n').filter((line) => line !== ''));
}

// EXTERNAL MODULE: ./packages/git/src/tags.ts
var src_tags = __webpack_require__(64059);
;// CONCATENATED MODULE: ./packages/cli/src/notes/git-files.ts
// What `tokenless notes` can read from the repository's files instead of running git for it: the
// URL of origin and the shallow cut-offs. Any set-up these simple readers do not cover (git
// environment variables, config includes, quoted or escaped values, per-worktree config) returns
// undefined, and the caller asks git.


const git_files_GIT_ENVIRONMENT = [
    'GIT_DIR',
    'GIT_COMMON_DIR',
    'GIT_CONFIG',
    'GIT_CONFIG_PARAMETERS',
    'GIT_CONFIG_COUNT',
];
// Synchronous reads: a few small files cost less than the promise machinery around them.
function git_files_readText(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** The repository's common git directory (where config and shallow live), found as git finds it. */
function commonGitDir(cwd) {
    return Promise.resolve(findCommonGitDir(cwd));
}
function findCommonGitDir(cwd) {
    if (git_files_GIT_ENVIRONMENT.some((name) => process.env[name] !== undefined))
        return undefined;
    for (let dir = (0,external_node_path_.resolve)(cwd);; dir = (0,external_node_path_.dirname)(dir)) {
        const dotGit = (0,external_node_path_.join)(dir, '.git');
        const kind = (0,external_node_fs_.statSync)(dotGit, { throwIfNoEntry: false });
        if (kind?.isDirectory() === true)
            return withCommonDir(dotGit);
        if (kind?.isFile() === true) {
            const pointer = /^gitdir: (.+)$/m.exec(git_files_readText(dotGit) ?? '')?.[1]?.trim();
            if (pointer === undefined)
                return undefined;
            return withCommonDir((0,external_node_path_.isAbsolute)(pointer) ? pointer : (0,external_node_path_.resolve)(dir, pointer));
        }
        if ((0,external_node_path_.dirname)(dir) === dir)
            return undefined;
    }
}
function withCommonDir(gitDir) {
    const common = git_files_readText((0,external_node_path_.join)(gitDir, 'commondir'))?.trim();
    if (common === undefined || common === '')
        return gitDir;
    return (0,external_node_path_.isAbsolute)(common) ? common : (0,external_node_path_.resolve)(gitDir, common);
}
/**
 * `git config --get remote.origin.url` from the repository's own config file: a string, null when
 * the file sets none, undefined when this reader cannot tell (then ask git).
 */
function originUrlOf(config) {
    let section = '';
    let url = null;
    for (const raw of config.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.startsWith(';'))
            continue;
        if (line.startsWith('[')) {
            const header = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"([^"\\]*)")?\s*\]$/.exec(line);
            if (header === null)
                return undefined;
            const name = (header[1] ?? '').toLowerCase();
            // includes, and the old `[remote.origin]` form: git reads them, this reader does not.
            if (name === 'include' || name.startsWith('includeif') || name.includes('.'))
                return undefined;
            section = header[2] === undefined ? name : `${name}."${header[2]}"`;
            continue;
        }
        if (section !== 'remote."origin"') {
            if (section === 'extensions' && /^worktreeconfig\b/i.test(line))
                return undefined;
            continue;
        }
        const entry = /^url\s*=\s*(.*)$/i.exec(line);
        if (entry === null)
            continue;
        const value = (entry[1] ?? '').replace(/\s+[#;].*$/, '').trim();
        if (/["\\]/.test(value) || value.endsWith('\\'))
            return undefined;
        url = value;
    }
    return url;
}
/** Reads origin's URL and the shallow file, or says (undefined) that git must be asked. */
function readGitFiles(cwd) {
    const common = findCommonGitDir(cwd);
    if (common === undefined)
        return Promise.resolve({ originUrl: undefined, shallow: undefined });
    const config = git_files_readText((0,external_node_path_.join)(common, 'config'));
    const shallow = git_files_readText((0,external_node_path_.join)(common, 'shallow'));
    return Promise.resolve({
        originUrl: config === undefined ? undefined : originUrlOf(config),
        shallow: new Set((shallow ?? '').split('\n').filter((line) => line !== '')),
    });
}

;// CONCATENATED MODULE: ./packages/cli/src/notes/repository-facts.ts
// What `tokenless notes` reads from the repository before its one `git log`: the release tags,
// the links, the shallow cut-offs and the commit of --to, all at once (in parallel).





/** The commit `rev` names, with its date; undefined when the repository has none. */
async function commitPoint(cwd, rev) {
    const result = await (0,git_command/* git */.$Y)(cwd, ['log', '-1', '--no-walk', '--format=%H %cI', '--end-of-options', rev, '--'], { allowFailure: true });
    if (result.exitCode !== 0) {
        if (/unknown revision|bad revision|ambiguous argument/i.test(result.stderr))
            return undefined;
        // Not a repository, or another failure: let git's own reader explain it.
        await (0,git_command/* git */.$Y)(cwd, ['rev-parse', '--git-dir']);
        return undefined;
    }
    const [sha, date] = result.stdout.trim().split(' ');
    return sha === undefined || sha === '' ? undefined : { sha, date: date ?? '' };
}
/** Links for the notes: --repository, else origin's URL; none with --no-links or no origin. */
async function repositoryLinks(cwd, args, origin) {
    if (!args.links)
        return undefined;
    const url = args.repository ?? (origin === undefined ? await remoteUrl(cwd) : (origin ?? undefined));
    if (url === undefined)
        return undefined;
    const parsed = parseRemoteUrl(url);
    if (parsed === undefined && args.repository !== undefined) {
        throw new NotesUsageError(`--repository ${JSON.stringify(url)} is not a repository URL: use the form ` +
            'https://github.com/owner/repo (or git@host:owner/repo.git, or a GitLab group path).');
    }
    return parsed;
}
/** The tag prefix: --tag-prefix, else `<name>@` of --path's package.json when tags use it, else v. */
function tagPrefix(cwd, args, tags) {
    if (args.tagPrefix !== undefined)
        return args.tagPrefix;
    if (args.path !== undefined) {
        let manifest;
        try {
            manifest = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)((0,external_node_path_.resolve)(cwd, args.path), 'package.json'), 'utf8');
        }
        catch {
            manifest = undefined;
        }
        const name = manifest === undefined ? undefined : readName(manifest);
        if (name !== undefined && tags.some((tag) => tag.name.startsWith(`${name}@`)))
            return `${name}@`;
    }
    return 'v';
}
function readName(manifest) {
    try {
        const { name } = JSON.parse(manifest);
        return typeof name === 'string' && name !== '' ? name : undefined;
    }
    catch {
        return undefined;
    }
}
function compareIdentifiers(a, b) {
    const numeric = /^\d+$/;
    if (numeric.test(a) && numeric.test(b))
        return Number(a) - Number(b);
    if (numeric.test(a))
        return -1;
    if (numeric.test(b))
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Semver precedence of parsed versions (build metadata ignored). */
function compareSemverParts(a, b) {
    const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
    if (core !== 0)
        return core;
    if (a.prerelease.length === 0 || b.prerelease.length === 0) {
        return b.prerelease.length - a.prerelease.length;
    }
    for (let index = 0; index < Math.max(a.prerelease.length, b.prerelease.length); index++) {
        const [x, y] = [a.prerelease[index], b.prerelease[index]];
        if (x === undefined || y === undefined)
            return x === undefined ? -1 : 1;
        const order = compareIdentifiers(x, y);
        if (order !== 0)
            return order;
    }
    return 0;
}
/** MAJOR.MINOR.PATCH, no prerelease or build, each number safe (at most 15 digits). */
const PLAIN_SEMVER = /^(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})$/;
let versioning;
/**
 * @tokenless/versioning (and the semver library), loaded on first need: plain X.Y.Z tags under
 * the semver scheme are ordered without it, and loading it costs every run at start-up.
 */
async function loadVersioning() {
    versioning ??= await Promise.all(/* import() */[__webpack_require__.e(760), __webpack_require__.e(737), __webpack_require__.e(558), __webpack_require__.e(12)]).then(__webpack_require__.bind(__webpack_require__, 4012));
    return versioning;
}
function loadedVersioning() {
    if (versioning === undefined)
        throw new Error('@tokenless/versioning is not loaded yet');
    return versioning;
}
/**
 * Version order and prerelease test for one scheme, each version parsed once: a repository's
 * hundreds of tags would otherwise be parsed again at every comparison of a sort. Versions other
 * than plain X.Y.Z under semver need @tokenless/versioning: ready() tells whether it is loaded
 * for them, prepare() loads it.
 */
class VersionOrder {
    scheme;
    calverFormat;
    semver = new Map();
    constructor(scheme, calverFormat) {
        this.scheme = scheme;
        this.calverFormat = calverFormat;
    }
    /** Whether the methods can take these versions now (without loading @tokenless/versioning). */
    ready(versions) {
        if (versioning !== undefined)
            return true;
        if (this.scheme !== 'semver')
            return false;
        for (const version of versions) {
            if (version !== undefined && !PLAIN_SEMVER.test(version))
                return false;
        }
        return true;
    }
    /** Loads @tokenless/versioning when these versions need it. */
    async prepare(versions) {
        if (!this.ready(versions))
            await loadVersioning();
    }
    /** Whether `version` is valid under the scheme (and the CalVer format). */
    valid(version) {
        if (this.scheme === 'semver')
            return this.parts(version) !== undefined;
        try {
            loadedVersioning().validateVersion(version, this.scheme, this.calverFormat === undefined ? {} : { calverFormat: this.calverFormat });
            return true;
        }
        catch {
            return false;
        }
    }
    compare(a, b) {
        const [x, y] = [this.parts(a), this.parts(b)];
        if (this.scheme === 'semver' && x !== undefined && y !== undefined)
            return compareSemverParts(x, y);
        return loadedVersioning().compareVersions(a, b, this.scheme);
    }
    prerelease(version) {
        if (this.scheme === 'semver')
            return (this.parts(version)?.prerelease.length ?? 0) > 0;
        return loadedVersioning().isPrerelease(version, this.scheme);
    }
    parts(version) {
        if (this.scheme !== 'semver')
            return undefined;
        if (!this.semver.has(version)) {
            let parts;
            const plain = PLAIN_SEMVER.exec(version);
            if (plain !== null) {
                // What parseSemverStrict gives for it, without the semver library's parse (--all reads
                // every release tag of the history).
                const [major, minor, patch] = [Number(plain[1]), Number(plain[2]), Number(plain[3])];
                parts = { major, minor, patch, prerelease: [], build: [], version };
            }
            else {
                try {
                    parts = loadedVersioning().parseSemverStrict(version);
                }
                catch {
                    parts = undefined;
                }
            }
            this.semver.set(version, parts);
        }
        return this.semver.get(version);
    }
}
/** The versions of the tags under the prefix (what prepare() must be given before releaseTags). */
function prefixedVersions(names, prefix) {
    const versions = [];
    for (const name of names)
        if (name.startsWith(prefix))
            versions.push(name.slice(prefix.length));
    return versions;
}
/**
 * The tags that are releases under the prefix and scheme, highest version first (the order
 * prepared for their versions).
 */
function releaseTags(tags, prefix, order) {
    const releases = [];
    for (const tag of tags) {
        if (!tag.name.startsWith(prefix))
            continue;
        const version = tag.name.slice(prefix.length);
        // A `v` prefix must not read other prefixes' tags (`pkg@1.0.0`) or non-versions as releases.
        if (order.valid(version))
            releases.push({ tag: tag.name, version, sha: tag.sha });
    }
    return releases.sort((a, b) => order.compare(b.version, a.version));
}
/**
 * The links and the shallow cut-offs, read from the repository's files (config, shallow) without
 * running git when the files are plain; else from git.
 */
async function linksAndShallow(cwd, args) {
    const files = await readGitFiles(cwd);
    const [links, shallow] = await Promise.all([
        repositoryLinks(cwd, args, files.originUrl),
        files.shallow ?? shallowBoundaries(cwd),
    ]);
    return { links, shallow };
}
/** Reads the tags, links, shallow boundaries and paths in parallel. */
async function readRepositoryFacts(cwd, args) {
    const [tags, { links, shallow }] = await Promise.all([(0,src_tags/* listTags */.cB)(cwd), linksAndShallow(cwd, args)]);
    const prefix = tagPrefix(cwd, args, tags);
    const order = new VersionOrder(args.scheme, args.calverFormat);
    await order.prepare([
        ...prefixedVersions(tags.map((tag) => tag.name), prefix),
        args.version,
    ]);
    const releases = releaseTags(tags, prefix, order);
    // git reads pathspecs relative to the directory it runs in: the current one.
    const paths = args.path === undefined ? [] : [args.path];
    return { releases, prefix, links, shallow, paths, order };
}
/**
 * The release before `version`: the highest lower version, prereleases skipped unless `version`
 * is one, as validate-tag and create-release choose it.
 */
function releaseBefore(releases, version, order, exclude) {
    if (version === undefined)
        return releases.find((release) => release.sha !== exclude);
    const prerelease = order.prerelease(version);
    return releases.find((release) => order.compare(release.version, version) < 0 &&
        (prerelease || !order.prerelease(release.version)));
}

;// CONCATENATED MODULE: ./packages/cli/src/notes/notes-range.ts
// The notes of one range (from..to) or of the whole history (--all), from ONE streaming git log.





const notes_range_short = (sha) => sha.slice(0, 12);
function unknownRevision(option, rev, facts) {
    const known = facts.releases.slice(0, 6).map((release) => release.tag);
    const tags = known.length === 0
        ? `The repository has no release tags with the prefix ${JSON.stringify(facts.prefix)}.`
        : `Its newest release tags are ${known.join(', ')}${facts.releases.length > known.length ? ', ...' : ''}.`;
    return new NotesError(`${option} ${rev} names no tag, branch or commit in this repository. ${tags} ` +
        'If the tag exists on the remote, fetch it first: git fetch --tags.');
}
/** The commit of --to (and --from), read while the repository facts are read. */
async function resolvePoint(cwd, option, rev, pending) {
    if (rev.trim() === '')
        throw new NotesError(`${option} is empty: name a tag or a commit.`);
    const point = await commitPoint(cwd, rev);
    if (point === undefined)
        throw unknownRevision(option, rev, await pending);
    return point;
}
/** The commit where `a` and `b` split; undefined when they share no history. */
async function mergeBase(cwd, a, b) {
    const result = await (0,git_command/* git */.$Y)(cwd, ['merge-base', a, b], { allowFailure: true });
    if (result.exitCode === 1)
        return undefined;
    if (result.exitCode !== 0)
        throw (0,git_command/* gitFailure */.tv)(cwd, ['merge-base', a, b], result);
    return result.stdout.trim();
}
function checkShallow(commits, facts, what) {
    if (facts.shallow.size === 0)
        return;
    const cut = commits.find((commit) => facts.shallow.has(commit.sha));
    if (cut === undefined)
        return;
    throw new NotesError(`This clone is shallow: its history stops at commit ${notes_range_short(cut.sha)}, so the notes for ${what} ` +
        'would miss commits. Fetch the whole history first: git fetch --unshallow --tags ' +
        '(in GitHub Actions: actions/checkout with fetch-depth: 0).');
}
/** What the release at `to` is called: its release tag, else --version, else Unreleased. */
function releaseAt(to, toRev, facts, args) {
    const named = toRev.replace(/^refs\/tags\//, '');
    const tagged = facts.releases.find((release) => release.tag === named) ??
        facts.releases.find((release) => release.sha === to.sha);
    if (tagged !== undefined && args.version === undefined) {
        return { mark: { tag: tagged.tag, version: tagged.version }, released: true };
    }
    const version = args.version ?? UNRELEASED;
    const tag = args.version === undefined ? toRev : `${facts.prefix}${args.version}`;
    return { mark: { tag, version }, released: args.version !== undefined };
}
/** The notes for `--from..--to` (default: the previous release tag..HEAD), as one release. */
async function rangeNotes(cwd, args, loadFacts) {
    const fast = await fastRangeNotes(cwd, args);
    if (fast !== undefined)
        return fast;
    const pending = loadFacts();
    pending.catch(() => undefined);
    const toRev = args.to ?? 'HEAD';
    const [facts, to, from] = await Promise.all([
        pending,
        resolvePoint(cwd, '--to', toRev, pending),
        args.from === undefined ? undefined : resolvePoint(cwd, '--from', args.from, pending),
    ]);
    const { mark, released } = releaseAt(to, toRev, facts, args);
    let previous;
    if (from !== undefined && args.from !== undefined) {
        previous = { tag: args.from.replace(/^refs\/tags\//, ''), sha: from.sha };
    }
    else {
        const before = releaseBefore(facts.releases, released ? mark.version : undefined, facts.order, to.sha);
        if (before !== undefined)
            previous = { tag: before.tag, sha: before.sha };
    }
    const range = previous === undefined ? [to.sha] : [`${previous.sha}..${to.sha}`];
    const [{ commits, result }, base] = await Promise.all([
        logCommits(cwd, range, facts.paths),
        previous === undefined ? undefined : mergeBase(cwd, previous.sha, to.sha),
    ]);
    if (result.exitCode !== 0)
        throw (0,git_command/* gitFailure */.tv)(cwd, ['log', ...range], result);
    if (previous !== undefined && base !== previous.sha) {
        const where = base === undefined
            ? 'they share no history at all'
            : `their merge base is commit ${notes_range_short(base)}`;
        throw new NotesError(`--from ${previous.tag} (${notes_range_short(previous.sha)}) is not an ancestor of --to ${toRev} ` +
            `(${notes_range_short(to.sha)}): ${where}, so ${previous.tag}..${toRev} would also list commits ` +
            `that are not in ${previous.tag}'s release line. Pass a --from that ${toRev} contains` +
            `${base === undefined ? '' : `, such as the merge base ${notes_range_short(base)}`}.`);
    }
    checkShallow(commits, facts, previous === undefined ? `the history of ${toRev}` : `${previous.tag}..${toRev}`);
    const notes = await renderReleaseNotes(commits, {
        version: mark.version,
        currentTag: mark.tag,
        date: new Date(to.date),
        ...(previous === undefined ? {} : { previousTag: previous.tag }),
        ...(facts.links === undefined ? {} : { repository: facts.links }),
    });
    return [
        {
            ...notes,
            version: mark.version,
            tag: mark.tag,
            previousTag: previous?.tag,
            date: new Date(to.date).toISOString().slice(0, 10),
        },
    ];
}
/** The whole history of --to (default HEAD): one section per release tag, newest first. */
async function allNotes(cwd, args, loadFacts) {
    const fast = await fastAllNotes(cwd, args);
    if (fast !== undefined)
        return fast;
    const pending = loadFacts();
    pending.catch(() => undefined);
    const toRev = args.to ?? 'HEAD';
    const [facts, to] = await Promise.all([pending, resolvePoint(cwd, '--to', toRev, pending)]);
    const releases = new Map();
    // Highest version first: of two release tags on one commit, the higher names it.
    for (const release of facts.releases) {
        if (!releases.has(release.sha))
            releases.set(release.sha, release);
    }
    const { mark, released } = releaseAt(to, toRev, facts, args);
    if (released)
        releases.set(to.sha, mark);
    const [{ commits, result }, order] = await Promise.all([
        logCommits(cwd, [to.sha], facts.paths),
        facts.paths.length === 0 ? undefined : historyOrder(cwd, to.sha),
    ]);
    if (result.exitCode !== 0)
        throw (0,git_command/* gitFailure */.tv)(cwd, ['log', to.sha], result);
    checkShallow(order ?? commits, facts, `the history of ${toRev}`);
    const changelog = await renderChangelog(commits, {
        releases,
        ...(released ? {} : { unreleased: mark }),
        ...(order === undefined ? {} : { order }),
        ...(facts.links === undefined ? {} : { repository: facts.links }),
    });
    return changelog.releases;
}
/** Every commit of `to` newest first (sha and date): where the release tags split a --path log. */
async function historyOrder(cwd, to) {
    const { stdout } = await (0,git_command/* git */.$Y)(cwd, ['log', '--format=%H %cI', '--end-of-options', to, '--']);
    return stdout
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => {
        const [sha = '', date = ''] = line.split(' ');
        return { sha, date };
    });
}
/** Loads what the order needs for the release tags on one commit. */
function prepareFor(commit, prefix, order) {
    return order.prepare(prefixedVersions(commit.tags, prefix));
}
/** The release tags among the tags on one commit, highest version first (the order prepared). */
function releasesOn(commit, prefix, order) {
    if (commit.tags.length === 0)
        return [];
    return releaseTags(commit.tags.map((name) => ({ name, sha: commit.sha, annotated: false })), prefix, order);
}
/**
 * --from..--to from ONE `git log --boundary` decorated with tags: --from must be one of its
 * boundary commits (so an ancestor of --to), --to's tags name the release. Undefined when that
 * log cannot tell (a --path, an empty range, a --from that is not a tag or sha on the boundary,
 * any git failure): the general path then explains or renders it.
 */
async function fastRangeNotes(cwd, args) {
    const from = args.from;
    const toRev = args.to ?? 'HEAD';
    if (from === undefined || args.path !== undefined || from.trim() === '' || toRev.trim() === '')
        return undefined;
    const prefix = args.tagPrefix ?? 'v';
    const order = new VersionOrder(args.scheme, args.calverFormat);
    const [decorated, { links, shallow }] = await Promise.all([
        rangeLog(cwd, args, toRev, from, async (commit) => {
            await prepareFor(commit, prefix, order);
            return releasesOn(commit, prefix, order);
        }),
        linksAndShallow(cwd, args),
    ]);
    const included = decorated?.filter((commit) => !commit.boundary) ?? [];
    const first = included[0];
    if (decorated === undefined || first === undefined)
        return undefined;
    const fromName = from.replace(/^refs\/tags\//, '');
    const hex = /^[0-9a-f]{7,40}$/i.test(from) ? from.toLowerCase() : undefined;
    const base = decorated.find((commit) => commit.boundary &&
        (commit.tags.includes(fromName) || (hex !== undefined && commit.sha.startsWith(hex))));
    if (base === undefined)
        return undefined;
    const to = { sha: first.sha, date: first.date ?? '' };
    await prepareFor(first, prefix, order);
    const { mark } = releaseAt(to, toRev, { releases: releasesOn(first, prefix, order), prefix }, args);
    checkShallow(included, { shallow }, `${fromName}..${toRev}`);
    const notes = await renderReleaseNotes(included, {
        version: mark.version,
        currentTag: mark.tag,
        date: new Date(to.date),
        previousTag: fromName,
        ...(links === undefined ? {} : { repository: links }),
    });
    const date = new Date(to.date).toISOString().slice(0, 10);
    return [{ ...notes, version: mark.version, tag: mark.tag, previousTag: fromName, date }];
}
/**
 * The decorated `git log --boundary TO ^FROM` of fastRangeNotes: read in this process when the
 * repository is plain and the range a straight line between two tags (in-process-log.ts), else
 * from git; undefined when git fails. The in-process log has the tags of --to and --from only, so
 * it stands only where the others cannot matter: --version names the release, or --to is itself a
 * release tag (releaseAt picks it by name).
 */
async function rangeLog(cwd, args, toRev, from, releases) {
    const read = inProcessRange(cwd, toRev, from);
    const named = toRev.replace(/^refs\/tags\//, '');
    const first = read?.[0];
    if (read !== undefined &&
        first !== undefined &&
        (args.version !== undefined || (await releases(first)).some((release) => release.tag === named)))
        return read;
    const { commits, result } = await logCommits(cwd, [toRev, `^${from}`], [], {
        decorate: true,
        boundary: true,
    });
    return result.exitCode === 0 ? commits : undefined;
}
/**
 * --all from ONE `git log` of --to decorated with tags: the release tags come from its
 * decorations, not from a tag listing, and each release's section is written while the log
 * streams in (ChangelogWriter), as soon as the next older release tag closes it. Undefined with a
 * --path or when git fails (the general path then explains or renders it).
 */
async function fastAllNotes(cwd, args) {
    const toRev = args.to ?? 'HEAD';
    if (args.path !== undefined || toRev.trim() === '')
        return undefined;
    const prefix = args.tagPrefix ?? 'v';
    const order = new VersionOrder(args.scheme, args.calverFormat);
    // Commits wait here until the links and the shallow cut-offs are read (the files, in parallel).
    const waiting = [];
    let reader;
    const [{ result }, read] = await Promise.all([
        logCommits(cwd, [toRev], [], {
            decorate: true,
            onCommit: (commit) => {
                if (reader === undefined)
                    waiting.push(commit);
                else
                    reader.add(commit);
            },
        }),
        linksAndShallow(cwd, args).then((facts) => {
            reader = new AllNotesReader(args, toRev, prefix, order, facts);
            for (const commit of waiting.splice(0))
                reader.add(commit);
            return reader;
        }),
    ]);
    if (result.exitCode !== 0)
        return undefined;
    return await read.end();
}
/**
 * The commits of fastAllNotes' log, newest first, into a ChangelogWriter: the newest commit names
 * the release at --to, each commit's highest release tag starts a release. A shallow cut-off or a
 * writer's error is kept until the log ends (the shallow one first, as the whole log is checked
 * before anything is written).
 */
class AllNotesReader {
    args;
    toRev;
    prefix;
    order;
    facts;
    writer;
    first = true;
    shallowCut;
    failure;
    /** Commits held while @tokenless/versioning loads for a tag that needs it. */
    held = [];
    loading;
    constructor(args, toRev, prefix, order, facts) {
        this.args = args;
        this.toRev = toRev;
        this.prefix = prefix;
        this.order = order;
        this.facts = facts;
    }
    add(commit) {
        if (this.held.length > 0 || !this.order.ready(prefixedVersions(commit.tags, this.prefix))) {
            this.held.push(commit);
            this.loading ??= loadVersioning().then(() => {
                for (const held of this.held.splice(0))
                    this.read(held);
            }, (error) => {
                this.failure ??= { error };
            });
            return;
        }
        this.read(commit);
    }
    read(commit) {
        if (this.shallowCut === undefined && this.facts.shallow.has(commit.sha))
            this.shallowCut = commit;
        if (this.failure !== undefined)
            return;
        try {
            const tags = releasesOn(commit, this.prefix, this.order);
            let mark = tags[0];
            if (this.first) {
                this.first = false;
                const to = { sha: commit.sha, date: commit.date ?? '' };
                const at = releaseAt(to, this.toRev, { releases: tags, prefix: this.prefix }, this.args);
                if (at.released)
                    mark = at.mark;
                const { links } = this.facts;
                this.writer = new ChangelogWriter({
                    ...(at.released ? {} : { unreleased: at.mark }),
                    ...(links === undefined ? {} : { repository: links }),
                });
            }
            this.writer?.add(commit, mark);
        }
        catch (error) {
            this.failure = { error };
        }
    }
    /** The sections, newest first; undefined for an empty log. */
    async end() {
        await this.loading;
        if (this.first)
            return undefined;
        if (this.shallowCut !== undefined)
            checkShallow([this.shallowCut], this.facts, `the history of ${this.toRev}`);
        if (this.failure !== undefined)
            throw this.failure.error;
        return this.writer?.end() ?? [];
    }
}

;// CONCATENATED MODULE: ./packages/cli/src/notes/command.ts
// `tokenless notes`: release notes and CHANGELOG.md sections from conventional commits.








// node:fs's synchronous calls, not node:fs/promises: loading that module (and the readline
// modules it needs) would cost every run at start-up, and --prepend writes one small file.
function readExisting(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return '';
        throw error;
    }
}
/** Writes the sections into the file, oldest first, so that each lands above the one before. */
async function prepend(path, releases) {
    const { versionsEquivalent } = await loadVersioning();
    const equivalent = (a, b) => {
        try {
            return versionsEquivalent(a, b);
        }
        catch {
            return a === b;
        }
    };
    let text = readExisting(path);
    for (const release of [...releases].reverse()) {
        text = prependChangelogSection(text, release.markdown, release.version, equivalent);
    }
    (0,external_node_fs_.writeFileSync)(path, text);
    const names = releases.map((release) => release.version);
    return names.length === 1 ? `${names[0]}` : `${names.length} sections`;
}
function render(releases, args) {
    if (args.format === 'json') {
        const shown = releases.map(({ version, tag, previousTag, date, commits, breaking, sections, markdown }) => ({
            version,
            tag,
            previousTag: previousTag ?? null,
            date,
            commits,
            breaking,
            sections,
            markdown,
        }));
        return `${JSON.stringify({ releases: shown }, null, 2)}\n`;
    }
    return releases.map((release) => release.markdown).join('\n');
}
async function runNotes(args, io) {
    // Read only when a path needs them: the fast paths read what they need from one git log.
    let facts;
    const loadFacts = () => (facts ??= readRepositoryFacts(io.cwd, args));
    const releases = args.all
        ? await allNotes(io.cwd, args, loadFacts)
        : await rangeNotes(io.cwd, args, loadFacts);
    if (args.prepend === undefined) {
        io.stdout.write(render(releases, args));
        return;
    }
    const written = await prepend((0,external_node_path_.resolve)(io.cwd, args.prepend), releases);
    io.stderr.write(`tokenless notes: wrote ${written} into ${args.prepend}\n`);
}
async function notesCommand(argv, io) {
    let args;
    try {
        args = parseNotesArgs(argv);
    }
    catch (error) {
        if (!(error instanceof NotesUsageError))
            throw error;
        io.stderr.write(`tokenless notes: ${error.message}\n\n${NOTES_USAGE}\n`);
        return 2;
    }
    if (args.help) {
        io.stdout.write(`${NOTES_USAGE}\n`);
        return 0;
    }
    try {
        await runNotes(args, io);
        return 0;
    }
    catch (error) {
        if (error instanceof NotesUsageError) {
            io.stderr.write(`tokenless notes: ${error.message}\n`);
            return 2;
        }
        if (error instanceof NotesError || error instanceof configuration_error/* ConfigurationError */.j1) {
            io.stderr.write(`tokenless notes: ${error.message}\n`);
            return 1;
        }
        throw error;
    }
}


/***/ }),

/***/ 90712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/* unused harmony exports CONFIGURATION_ERROR_CODE, isConfigurationError */
/**
 * The code of a ConfigurationError that no package gave a code of its own: an action's check of
 * its inputs and workspace. docs/RELEASING.md has an entry for it as for every code.
 */
const CONFIGURATION_ERROR_CODE = 'TL_CONFIGURATION';
/**
 * A mistake the user can fix: the message says what was found, where, and the fix.
 * runAction reports it as an error annotation (on the file and line when known) without a stack.
 * Each package raises its own subclass, whose `code` (TL_*) is stable across wordings: code and
 * docs/RELEASING.md key on the code, people read the message.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
    code = CONFIGURATION_ERROR_CODE;
    location;
    input;
    title;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.location = options.location;
        this.input = options.input;
        this.title = options.title;
    }
}
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}


/***/ }),

/***/ 25240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   Qk: () => (/* binding */ childProcess),
/* harmony export */   tv: () => (/* binding */ gitFailure)
/* harmony export */ });
/* unused harmony export GitError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_repository_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53778);


/**
 * Node's child_process, loaded on the first git run rather than at import: loading it (with the
 * net, dgram and stream modules it needs) is a few milliseconds of start-up that a caller which
 * reads the repository's files itself (tokenless notes) does not need to pay.
 */
const childProcess = () => process.getBuiltinModule('node:child_process');
/** git ran and failed in a way that is not a known user mistake. */
class GitError extends Error {
    name = 'GitError';
    /** The command line, e.g. `git fetch --no-tags origin main`. */
    command;
    args;
    cwd;
    exitCode;
    stderr;
    constructor(cwd, args, result) {
        const command = formatCommand(args);
        const stderr = result.stderr.trim();
        super(`${command} failed with exit code ${result.exitCode} in ${cwd}: ${stderr === '' ? '(no error output)' : stderr}`);
        this.command = command;
        this.args = [...args];
        this.cwd = cwd;
        this.exitCode = result.exitCode;
        this.stderr = result.stderr;
    }
}
/**
 * Runs `git <args>` in `cwd` without a shell and collects its output as UTF-8.
 *
 * Throws a `ConfigurationError` when git cannot work there at all (no such directory, git not
 * on PATH, not a repository, a repository owned by another user) and a `GitError` for any other
 * non-zero exit. With `allowFailure`, a non-zero exit is returned instead; the caller then uses
 * `gitFailure` for the exit codes it does not expect.
 */
async function git(cwd, args, options = {}) {
    const result = await spawnGit(cwd, args, options);
    if (result.exitCode !== 0 && options.allowFailure !== true)
        throw gitFailure(cwd, args, result);
    return result;
}
/** The error for a failed git command: a `ConfigurationError` when the user can fix it, else a `GitError`. */
function gitFailure(cwd, args, result) {
    const stderr = result.stderr.trim();
    if (/detected dubious ownership/i.test(stderr)) {
        return new _git_repository_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GitRepositoryError */ .n('TL_GIT_DUBIOUS_OWNERSHIP', `git refuses to use the repository at ${cwd} because another user owns it ("detected dubious ownership"). ` +
            `This happens in container jobs. Run \`git config --global --add safe.directory ${cwd}\` before this step, ` +
            `or run the container as the user that owns the workspace.`);
    }
    if (/not a git repository/i.test(stderr)) {
        return new _git_repository_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GitRepositoryError */ .n('TL_GIT_NOT_A_REPOSITORY', `${cwd} is not inside a git repository (${formatCommand(args)}: ${firstLine(stderr)}). ` +
            `Run actions/checkout before this step, or set working-directory to the checked-out repository.`);
    }
    return new GitError(cwd, args, result);
}
async function spawnGit(cwd, args, options) {
    const spawned = await new Promise((resolve) => {
        const child = childProcess().spawn('git', args, {
            cwd,
            env: options.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true,
        });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.on('error', (error) => resolve({ error }));
        child.on('close', (code, signal) => resolve({
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: Buffer.concat(stderr).toString('utf8') +
                (signal === null ? '' : `\n(killed by ${signal})`),
            exitCode: code ?? 128,
        }));
        // git may exit before reading all of its input (EPIPE): its exit code tells what happened.
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
    // Not `instanceof Error`: errors from node's own modules come from another realm under jest.
    if (!('error' in spawned))
        return spawned;
    if (spawned.error.code === 'ENOENT')
        throw await spawnNotFound(cwd, spawned.error);
    throw spawned.error;
}
async function spawnNotFound(cwd, error) {
    // Node reports a missing working directory and a missing executable with the same ENOENT.
    const directory = await new Promise((resolve) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.stat)(cwd, (failure, stats) => resolve(failure === null ? stats : undefined)));
    if (directory === undefined || !directory.isDirectory()) {
        return new _git_repository_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GitRepositoryError */ .n('TL_GIT_NO_DIRECTORY', `The directory ${cwd} does not exist, so git cannot run there. ` +
            `Check working-directory, and run actions/checkout before this step.`, { cause: error });
    }
    return new _git_repository_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GitRepositoryError */ .n('TL_GIT_NOT_INSTALLED', `git was not found on PATH (running it in ${cwd} failed with ENOENT). ` +
        `Install git on the runner or use an image that has it; without git, actions/checkout ` +
        `downloads an archive that is not a repository.`, { cause: error });
}
function formatCommand(args) {
    const shown = args
        .slice(0, 12)
        .map((arg) => (/^[\w@%+=:,./^{}~-]+$/.test(arg) ? arg : JSON.stringify(arg)));
    const more = args.length > 12 ? ` ... (${args.length - 12} more)` : '';
    return `git ${shown.join(' ')}${more}`;
}
function firstLine(text) {
    return text.split('\n', 1)[0] ?? '';
}


/***/ }),

/***/ 53778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ GitRepositoryError)
/* harmony export */ });
/* harmony import */ var _tokenless_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90712);

/** A clone, remote, commit or tag that git cannot use as asked: the message says what was found, where, and the fix. */
class GitRepositoryError extends _tokenless_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    name = 'GitRepositoryError';
    code;
    constructor(code, message, options = {}) {
        super(message, options);
        this.code = code;
    }
}


/***/ }),

/***/ 64059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cB: () => (/* binding */ listTags)
/* harmony export */ });
/* unused harmony exports resolveTag, resolveRemoteTag, listAllTags */
/* harmony import */ var _git_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25240);



const TAG_FORMAT = [
    '%(refname)',
    '%(objecttype)',
    '%(objectname)',
    '%(*objecttype)',
    '%(*objectname)',
].join('%00');
/**
 * Every local tag whose name starts with `prefix` (literally: no glob), in refname order, with one
 * `git for-each-ref` call. Tags that do not lead to a commit (a tag on a tree or a blob) are left
 * out. A tag of a tag is followed to its commit with one more git call for all such tags.
 */
async function listTags(cwd, options = {}) {
    const prefix = options.prefix ?? '';
    const raw = (await readTags(cwd, 'refs/tags')).filter((tag) => tag.name.startsWith(prefix));
    const tags = [];
    for (const ref of await toTagRefs(cwd, raw)) {
        if (ref.sha === undefined)
            continue;
        tags.push({ name: ref.name, sha: ref.sha, annotated: ref.annotated, ...tagObjectOf(ref) });
    }
    return tags;
}
/** The local tag `tag` (`v1.2.3` or `refs/tags/v1.2.3`), or undefined when there is none. */
async function resolveTag(cwd, tag) {
    const name = tag.replace(/^refs\/tags\//, '');
    if (name === '')
        return undefined;
    // for-each-ref also matches `refs/tags/<name>/...`: keep only the exact ref.
    const raw = (await readTags(cwd, `refs/tags/${name}`)).filter((found) => found.name === name);
    const [ref] = await toTagRefs(cwd, raw);
    if (ref === undefined)
        return undefined;
    if (ref.sha === undefined) {
        throw new GitRepositoryError('TL_GIT_TAG_NOT_COMMIT', `The tag ${name} in ${cwd} points at a ${ref.targetType} (${ref.target}), not a commit. ` +
            `A release tag must point at a commit: re-create it with \`git tag -f ${name} <commit>\`.`, { input: 'tag' });
    }
    return { name: ref.name, sha: ref.sha, annotated: ref.annotated, ...tagObjectOf(ref) };
}
/**
 * The tag `tag` as the remote `remote` (default `origin`) has it, from `git ls-remote`: `sha` is
 * the peeled (`^{}`) commit for an annotated tag. Returns undefined when the remote has no such
 * tag, and also when the repository has no remote of that name (a local-only repository, e.g. a
 * rehearsal): there is nowhere the tag could be published. An unreachable remote throws.
 *
 * git does not report the type of a remote object: a tag on a tree has the tree's id as `sha`.
 */
async function resolveRemoteTag(cwd, tag, remote = 'origin') {
    checkRemoteName(remote);
    const name = tag.replace(/^refs\/tags\//, '');
    if (name === '' || !(await hasRemote(cwd, remote)))
        return undefined;
    const ref = `refs/tags/${name}`;
    // ls-remote matches patterns against the end of the name, and `ref` alone omits the `^{}` line.
    const { stdout } = await git(cwd, ['ls-remote', '--tags', remote, ref, `${ref}^{}`]);
    let direct;
    let peeled;
    for (const line of stdout.split('\n')) {
        const [sha, refname] = line.split('\t');
        if (sha === undefined || refname === undefined)
            continue;
        if (refname === ref)
            direct = sha;
        else if (refname === `${ref}^{}`)
            peeled = sha;
    }
    if (direct === undefined)
        return undefined;
    if (peeled === undefined)
        return { name, sha: direct, annotated: false };
    return { name, sha: peeled, annotated: true, tagObject: direct };
}
async function readTags(cwd, pattern) {
    const { stdout } = await (0,_git_command_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(cwd, ['for-each-ref', `--format=${TAG_FORMAT}`, pattern]);
    const tags = [];
    for (const line of stdout.split('\n')) {
        const [refname, type, object, peeledType, peeled] = line.split('\0');
        if (refname === undefined || type === undefined || object === undefined)
            continue;
        tags.push({
            name: refname.slice('refs/tags/'.length),
            type,
            object,
            peeledType: peeledType ?? '',
            peeled: peeled ?? '',
        });
    }
    return tags;
}
async function toTagRefs(cwd, raw) {
    // `%(*objectname)` peels one level only (git < 2.45): a tag of a tag needs another look.
    const nested = raw.filter((tag) => tag.type === 'tag' && tag.peeledType === 'tag');
    const peeledNested = await peelToCommits(cwd, nested.map((tag) => tag.peeled));
    return raw.map((tag) => {
        if (tag.type !== 'tag') {
            return {
                name: tag.name,
                sha: tag.type === 'commit' ? tag.object : undefined,
                annotated: false,
                tagObject: undefined,
                targetType: tag.type,
                target: tag.object,
            };
        }
        const sha = tag.peeledType === 'commit'
            ? tag.peeled
            : tag.peeledType === 'tag'
                ? peeledNested.get(tag.peeled)
                : undefined;
        return {
            name: tag.name,
            sha,
            annotated: true,
            tagObject: tag.object,
            targetType: tag.peeledType === 'tag' ? 'tag that does not lead to a commit' : tag.peeledType,
            target: tag.peeled,
        };
    });
}
/** Maps each object to the commit it peels to, with one `git cat-file --batch-check`. */
async function peelToCommits(cwd, objects) {
    const peeled = new Map();
    if (objects.length === 0)
        return peeled;
    const args = ['cat-file', '--batch-check=%(objectname) %(objecttype)'];
    const input = objects.map((object) => `${object}^{commit}\n`).join('');
    const { stdout } = await (0,_git_command_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(cwd, args, { input });
    const lines = stdout.split('\n');
    objects.forEach((object, index) => {
        const [sha, type] = (lines[index] ?? '').split(' ');
        if (type === 'commit' && sha !== undefined)
            peeled.set(object, sha);
    });
    return peeled;
}
function tagObjectOf(ref) {
    return ref.tagObject === undefined ? {} : { tagObject: ref.tagObject };
}
/**
 * The tags a release must consider: the local ones and, when the repository has the remote, the
 * remote's (one `git ls-remote`): actions/checkout's default depth-1 clone fetches no tags, yet
 * the previous release tag and an existing tag of the same name live on the remote. A tag both
 * have is taken from the local repository.
 */
async function listAllTags(cwd, options = {}) {
    const remote = options.remote ?? 'origin';
    checkRemoteName(remote);
    const local = await listTags(cwd, { prefix: options.prefix });
    if (!(await hasRemote(cwd, remote)))
        return local;
    const { stdout } = await git(cwd, ['ls-remote', '--tags', remote]);
    const direct = new Map();
    const peeled = new Map();
    for (const line of stdout.split('\n')) {
        const [sha, refname] = line.split('\t');
        if (sha === undefined || !refname?.startsWith('refs/tags/'))
            continue;
        const name = refname.slice('refs/tags/'.length);
        if (name.endsWith('^{}'))
            peeled.set(name.slice(0, -3), sha);
        else
            direct.set(name, sha);
    }
    const byName = new Map(local.map((tag) => [tag.name, tag]));
    for (const [name, object] of direct) {
        if (byName.has(name) || !name.startsWith(options.prefix ?? ''))
            continue;
        const commit = peeled.get(name);
        byName.set(name, commit === undefined
            ? { name, sha: object, annotated: false }
            : { name, sha: commit, annotated: true, tagObject: object });
    }
    return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}


/***/ })

};
