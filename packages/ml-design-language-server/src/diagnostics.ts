/**
 * From lint messages to what the editor shows: diagnostics, and the quick
 * fixes a message's `expected` values give.
 */
import { fromPlace } from 'unist-util-lsp'
import type { VFileMessage } from 'vfile-message'
import {
  CodeAction,
  CodeActionKind,
  Diagnostic,
  DiagnosticSeverity,
  Range,
  TextEdit,
} from 'vscode-languageserver/node.js'
import type { TextDocument } from 'vscode-languageserver-textdocument'

/**
 * A lint message as a diagnostic: its place as the range (a point gives an
 * empty range, no place the start of the document), `error` for a fatal
 * message, `warning` for a lint message, `information` for a note; the rule
 * id as `code`, its docs as `codeDescription`, its `expected` values as
 * `data` (the quick fixes), the stack of its cause and its note after the
 * reason.
 */
export function toDiagnostic(message: VFileMessage): Diagnostic {
  const severity =
    message.fatal === true
      ? DiagnosticSeverity.Error
      : message.fatal === false
        ? DiagnosticSeverity.Warning
        : DiagnosticSeverity.Information
  const range = message.place ? (fromPlace(message.place) as Range) : Range.create(0, 0, 0, 0)
  const diagnostic = Diagnostic.create(
    range,
    message.reason,
    severity,
    message.ruleId || undefined,
    message.source || undefined,
  )
  if (message.url) diagnostic.codeDescription = { href: message.url }
  if (message.expected) diagnostic.data = { expected: message.expected }
  const cause = message.cause
  if (typeof cause === 'object' && cause !== null && 'stack' in cause) diagnostic.message += `\n${cause.stack}`
  if (message.note) diagnostic.message += `\n${message.note}`
  return diagnostic
}

/**
 * The quick fixes for the diagnostics the editor sends back: one per
 * `expected` string, replacing the diagnostic's range with it (inserting at
 * an empty range, removing for an empty string). The only fix of a
 * diagnostic is the preferred one.
 */
export function quickFixes(document: TextDocument, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = []
  for (const diagnostic of diagnostics) {
    const data: unknown = diagnostic.data
    if (typeof data !== 'object' || data === null || !('expected' in data) || !Array.isArray(data.expected)) continue
    const expected: unknown[] = data.expected
    const { start, end } = diagnostic.range
    const empty = start.line === end.line && start.character === end.character
    const actual = document.getText(diagnostic.range)
    for (const replacement of expected) {
      if (typeof replacement !== 'string') continue
      const title = !replacement
        ? `Remove \`${actual}\``
        : empty
          ? `Insert \`${replacement}\``
          : `Replace \`${actual}\` with \`${replacement}\``
      const action = CodeAction.create(
        title,
        { changes: { [document.uri]: [TextEdit.replace(diagnostic.range, replacement)] } },
        CodeActionKind.QuickFix,
      )
      if (expected.length === 1) action.isPreferred = true
      actions.push(action)
    }
  }
  return actions
}
