/** The process environment as an action sees it (process.env, or a test's record). */
export type Environment = Readonly<Record<string, string | undefined>>

/** Where an annotation points: the same properties as the runner's workflow commands. */
export interface AnnotationProperties {
  title?: string
  file?: string
  line?: number
  endLine?: number
  col?: number
  endColumn?: number
}

/** The log a library may write to; action-kit's runner log is one. */
export interface Logger {
  info(message: string): void
  debug(message: string): void
  notice(message: string, annotation?: AnnotationProperties): void
  warning(message: string, annotation?: AnnotationProperties): void
  error(message: string, annotation?: AnnotationProperties): void
  group<T>(name: string, body: () => Promise<T>): Promise<T>
}

/** The event that started the workflow run. */
export interface ActionEvent {
  /** GITHUB_EVENT_NAME, e.g. `push`, `release`, `workflow_dispatch`. */
  name: string | undefined
  /** The webhook payload from GITHUB_EVENT_PATH; `{}` when there is none. */
  payload: Record<string, unknown>
}
