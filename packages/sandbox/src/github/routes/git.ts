import { type ApiError, notFound, unprocessable } from '../api-error.js'
import type { GitObjectType } from '../git-store.js'
import { isoSeconds } from '../git-store.js'
import {
  actorOf,
  isValidRefName,
  optionalString,
  stringParam,
  type RouteContext,
  type RouteDefinition,
} from '../route-context.js'
import { lockingRelease } from './releases.js'

const SHA = /^[0-9a-f]{40}$/

/** The `{ref}` of `/git/refs/{ref}` names a ref without `refs/`: GitHub adds it, always. */
function fullRef(context: RouteContext): string {
  return `refs/${stringParam(context, 'ref')}`
}

/** GitHub's refusal to move or delete the tag of a published immutable release. */
function lockedTag(action: 'update' | 'delete'): ApiError {
  return unprocessable(
    `Repository rule violations found\n\nCannot ${action} this tag. The tag is permanently locked.\n\n`,
  )
}

async function objectExists(
  context: RouteContext,
  sha: string,
): Promise<GitObjectType | undefined> {
  if (!SHA.test(sha)) return undefined
  return context.repo.git.objectType(sha)
}

const getRef: RouteDefinition = {
  operationId: 'git/get-ref',
  permission: ['contents', 'read'],
  async handle(context) {
    const ref = await context.repo.git.getRef(fullRef(context))
    if (ref === undefined) throw notFound()
    return { status: 200, body: context.core.views.gitRef(context.repo, ref) }
  },
}

const listMatchingRefs: RouteDefinition = {
  operationId: 'git/list-matching-refs',
  permission: ['contents', 'read'],
  async handle(context) {
    const refs = await context.repo.git.listRefs(fullRef(context))
    return { status: 200, body: refs.map((ref) => context.core.views.gitRef(context.repo, ref)) }
  },
}

const createRef: RouteDefinition = {
  operationId: 'git/create-ref',
  permission: ['contents', 'write'],
  async handle(context) {
    const ref = String(context.body.ref)
    const sha = String(context.body.sha)
    if (!ref.startsWith('refs/') || ref.split('/').length < 3) {
      throw unprocessable('Reference name must contain at least three slash-separated components.')
    }
    if (!isValidRefName(ref)) throw unprocessable(`${ref} is not a valid ref name.`)
    const type = await objectExists(context, sha)
    if (type === undefined) throw unprocessable('Object does not exist')
    if (!(await context.repo.git.createRef(ref, sha)))
      throw unprocessable('Reference already exists')
    return { status: 201, body: context.core.views.gitRef(context.repo, { ref, sha, type }) }
  },
}

const updateRef: RouteDefinition = {
  operationId: 'git/update-ref',
  permission: ['contents', 'write'],
  async handle(context) {
    const ref = fullRef(context)
    const sha = String(context.body.sha)
    const current = await context.repo.git.getRef(ref)
    if (current === undefined) throw unprocessable('Reference does not exist')
    if (current.sha !== sha && lockingRelease(context.repo, ref) !== undefined)
      throw lockedTag('update')
    const type = await objectExists(context, sha)
    if (type === undefined) throw unprocessable('Object does not exist')
    const result = await context.repo.git.updateRef(ref, sha, context.body.force === true)
    if (result === 'missing') throw unprocessable('Reference does not exist')
    if (result === 'not-fast-forward') throw unprocessable('Update is not a fast forward')
    if (result === 'unknown-object') throw unprocessable('Object does not exist')
    return { status: 200, body: context.core.views.gitRef(context.repo, { ref, sha, type }) }
  },
}

const deleteRef: RouteDefinition = {
  operationId: 'git/delete-ref',
  permission: ['contents', 'write'],
  async handle(context) {
    const ref = fullRef(context)
    if ((await context.repo.git.getRef(ref)) === undefined)
      throw unprocessable('Reference does not exist')
    if (lockingRelease(context.repo, ref) !== undefined) throw lockedTag('delete')
    if (!(await context.repo.git.deleteRef(ref))) throw unprocessable('Reference does not exist')
    return { status: 204 }
  },
}

const createTag: RouteDefinition = {
  operationId: 'git/create-tag',
  permission: ['contents', 'write'],
  async handle(context) {
    const { body } = context
    const object = String(body.object)
    const type = String(body.type) as GitObjectType
    const found = await objectExists(context, object)
    if (
      found === undefined ||
      (found !== type && !(found === 'commit' && context.repo.git.kind === 'memory'))
    ) {
      throw unprocessable('Object does not exist')
    }
    const tagger =
      typeof body.tagger === 'object' && body.tagger !== null
        ? (body.tagger as Record<string, unknown>)
        : {}
    const actor = actorOf(context)
    const date = optionalString(tagger.date)
    const tag = await context.repo.git.createTag({
      tag: String(body.tag),
      message: String(body.message),
      object: { sha: object, type },
      tagger: {
        name: optionalString(tagger.name) ?? actor.login,
        email:
          optionalString(tagger.email) ?? `${actor.id}+${actor.login}@users.noreply.github.com`,
        date: date === undefined ? context.core.timestamp() : isoSeconds(new Date(date)),
      },
    })
    return { status: 201, body: context.core.views.gitTag(context.repo, tag) }
  },
}

const getTag: RouteDefinition = {
  operationId: 'git/get-tag',
  permission: ['contents', 'read'],
  async handle(context) {
    const tag = await context.repo.git.readTag(stringParam(context, 'tag_sha'))
    if (tag === undefined) throw notFound()
    return { status: 200, body: context.core.views.gitTag(context.repo, tag) }
  },
}

export const gitRoutes: RouteDefinition[] = [
  getRef,
  listMatchingRefs,
  createRef,
  updateRef,
  deleteRef,
  createTag,
  getTag,
]
