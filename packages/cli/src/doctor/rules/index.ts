// Every rule doctor knows, in the order the rules doc lists them.
import type { Rule } from '../rule.js'
import { pypiAttestationsOff } from './attestations.js'
import { eventFieldMissing } from './event-fields.js'
import { scriptInjection } from './injection.js'
import {
  phantomVersion,
  publishBeforeTest,
  publishNotRerunnable,
  tagBeforeTest,
  testGateBypass,
  versionComputedTwice,
} from './ordering.js'
import {
  buildInPublishJob,
  cacheInPublishJob,
  idTokenAtWorkflowLevel,
  publishWithoutEnvironment,
  publishWithoutIdToken,
  pypiReusableWorkflow,
} from './publish-job.js'
import { ignoreDirective, invalidYaml } from './source.js'
import { missingLocalReference, unpinnedAction } from './supply-chain.js'
import { longLivedToken, npmTooOld, setupNodeRegistryUrl } from './tokens.js'
import {
  deadPublishTrigger,
  pullRequestTargetCheckout,
  releaseCancelInProgress,
  releaseTriggerTypes,
  releaseWithoutConcurrency,
  workflowRunUnchecked,
} from './triggers.js'

export const RULES: readonly Rule[] = [
  publishWithoutEnvironment,
  idTokenAtWorkflowLevel,
  publishWithoutIdToken,
  longLivedToken,
  setupNodeRegistryUrl,
  npmTooOld,
  deadPublishTrigger,
  tagBeforeTest,
  publishBeforeTest,
  versionComputedTwice,
  scriptInjection,
  buildInPublishJob,
  cacheInPublishJob,
  testGateBypass,
  unpinnedAction,
  pullRequestTargetCheckout,
  releaseWithoutConcurrency,
  releaseCancelInProgress,
  eventFieldMissing,
  phantomVersion,
  releaseTriggerTypes,
  publishNotRerunnable,
  workflowRunUnchecked,
  pypiReusableWorkflow,
  pypiAttestationsOff,
  missingLocalReference,
  invalidYaml,
  ignoreDirective,
]
