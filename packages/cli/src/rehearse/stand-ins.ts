// The table of stand-ins: well-known actions the rehearsal does itself, against the sandbox, with
// the real action's inputs, outputs and env files. One file per action in stand-ins/; adding one
// is adding its file and its line here (its contract test reads the real action.yml's names).
import { astralShSetupUv } from './stand-ins/astral-sh-setup-uv.js'
import { actionsGithubScript } from './stand-ins/actions-github-script.js'
import { actionsCheckout } from './stand-ins/actions-checkout.js'
import { actionsDownloadArtifact } from './stand-ins/actions-download-artifact.js'
import { actionsSetupNode } from './stand-ins/actions-setup-node.js'
import { actionsSetupPython } from './stand-ins/actions-setup-python.js'
import { actionsUploadArtifact } from './stand-ins/actions-upload-artifact.js'
import { changesetsAction } from './stand-ins/changesets-action.js'
import { googleapisReleasePleaseAction } from './stand-ins/googleapis-release-please-action.js'
import { hynekBuildAndInspectPythonPackage } from './stand-ins/hynek-build-and-inspect-python-package.js'
import { ncipolloReleaseAction } from './stand-ins/ncipollo-release-action.js'
import { pypaGhActionPypiPublish } from './stand-ins/pypa-gh-action-pypi-publish.js'
import { softpropsActionGhRelease } from './stand-ins/softprops-action-gh-release.js'
import type { StandInEntry } from './stand-ins/stand-in.js'

export type { StandIn, StandInContext, StandInEntry, StandInResult } from './stand-ins/stand-in.js'

const ENTRIES: readonly StandInEntry[] = [
  actionsCheckout,
  actionsSetupNode,
  actionsSetupPython,
  actionsUploadArtifact,
  actionsDownloadArtifact,
  pypaGhActionPypiPublish,
  softpropsActionGhRelease,
  ncipolloReleaseAction,
  astralShSetupUv,
  actionsGithubScript,
  hynekBuildAndInspectPythonPackage,
  changesetsAction,
  googleapisReleasePleaseAction,
]

/** The stand-in for `uses:` (`actions/checkout@...`), by the action's name without its ref. */
export const STAND_INS: Readonly<Record<string, StandInEntry>> = Object.fromEntries(
  ENTRIES.map((entry) => [entry.uses, entry]),
)

const BY_NAME = new Map(
  ENTRIES.flatMap((entry) =>
    [entry.uses, ...(entry.aliases ?? [])].map((name) => [name.toLowerCase(), entry] as const),
  ),
)

/**
 * The stand-in for a `uses:` (`actions/checkout@v4`): by the action's name without its ref, in
 * any case (GitHub's owner and repository names are), or by a name the owner had before.
 */
export function standInFor(uses: string): StandInEntry | undefined {
  return BY_NAME.get(uses.replace(/@.*$/, '').toLowerCase())
}
