import { autocompletion, closeBrackets, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintKeymap } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { graphql } from 'cm6-graphql';
import { buildSchema, type GraphQLSchema } from 'graphql';
// The gateway's public API schema as committed by `pnpm compose`, bundled into this chunk at build
// time: the editor's completion and checking work the same in production, where the gateway
// answers no introspection, and always match the portal they were built with (as codegen does).
import apiSchema from '../../../../gateway/api-schema.graphql?raw';

/**
 * The explorer's editor (CodeMirror 6 with cm6-graphql, from the GraphiQL project): GraphQL
 * highlighting, completion of fields and arguments from the schema, and mistakes underlined
 * before anything is sent. Loaded only once the page has hydrated; the form works without it.
 */

let schema: GraphQLSchema | undefined;
function apiSchemaOnce(): GraphQLSchema {
  schema ??= buildSchema(apiSchema);
  return schema;
}

/**
 * Colours at least 4.5:1 on the editor's white (WCAG 1.4.3), and never the only difference: the
 * words themselves say what they are.
 */
const highlight = HighlightStyle.define([
  { tag: tags.keyword, color: '#6a1b9a', fontWeight: 'bold' },
  { tag: [tags.definition(tags.variableName), tags.variableName], color: '#0b5394' },
  { tag: [tags.propertyName, tags.attributeName], color: '#1d3557' },
  { tag: [tags.typeName, tags.className], color: '#00703c' },
  { tag: [tags.string, tags.number, tags.bool, tags.null, tags.atom], color: '#a0361d' },
  { tag: tags.comment, color: '#505a5f', fontStyle: 'italic' },
  { tag: tags.invalid, color: '#b10e1e' },
]);

/** The label, hint and error of the editable area change when the form comes back. */
const contentAttributes = new Compartment();

export interface QueryEditorOptions {
  /** Where the editor goes. */
  parent: HTMLElement;
  text: string;
  /** The editable area's ARIA attributes (its label, hint and error), as the textarea had them. */
  attributes: Record<string, string>;
  /** SvelteKit's CSP nonce, for the <style> element CodeMirror adds to the page. */
  nonce: string | undefined;
  onChange(text: string): void;
}

export function createQueryEditor(options: QueryEditorOptions): EditorView {
  return new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        ...(options.nonce ? [EditorView.cspNonce.of(options.nonce)] : []),
        history(),
        closeBrackets(),
        bracketMatching(),
        autocompletion(),
        // No Tab binding (indentWithTab): Tab leaves the editor, so keyboard users are never
        // trapped in it (WCAG 2.1.2).
        keymap.of([...completionKeymap, ...defaultKeymap, ...historyKeymap, ...lintKeymap]),
        syntaxHighlighting(highlight),
        graphql(apiSchemaOnce()),
        EditorView.lineWrapping,
        contentAttributes.of(EditorView.contentAttributes.of(options.attributes)),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
}

/** Puts another example's text in the editor (after the page loaded one by its link). */
export function replaceText(view: EditorView, text: string): void {
  if (view.state.doc.toString() === text) return;
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

/** Changes the editable area's label, hint and error after the form came back. */
export function setAttributes(view: EditorView, attributes: Record<string, string>): void {
  view.dispatch({
    effects: contentAttributes.reconfigure(EditorView.contentAttributes.of(attributes)),
  });
}
