// The part the builds' template minifiers share: a TypeScript `before` transformer that rewrites
// the static text of every template literal with a given tag (css`…`, html`…`), leaving the
// interpolations as they are. A literal with a backslash is kept whole: its raw and cooked text
// would differ.
import ts from 'typescript';

/** `isTag(tag)`: whether a tagged template is one to rewrite; `rewrite(text)`: the new text of one literal piece. */
export const templateTextTransformer = (isTag, rewrite) => () => (context) => {
  const { factory } = context;
  const literal = (node, make) => {
    const raw = node.rawText ?? node.text;
    if (raw.includes('\\')) return node;
    const text = rewrite(raw);
    return make(text, text);
  };
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && isTag(node.tag)) {
      const template = node.template;
      const rewritten = ts.isNoSubstitutionTemplateLiteral(template)
        ? literal(template, (text, raw) => factory.createNoSubstitutionTemplateLiteral(text, raw))
        : factory.createTemplateExpression(
            literal(template.head, (text, raw) => factory.createTemplateHead(text, raw)),
            template.templateSpans.map((span) =>
              factory.createTemplateSpan(
                ts.visitNode(span.expression, visit),
                literal(span.literal, (text, raw) => (ts.isTemplateTail(span.literal) ? factory.createTemplateTail(text, raw) : factory.createTemplateMiddle(text, raw))),
              ),
            ),
          );
      return factory.updateTaggedTemplateExpression(node, node.tag, node.typeArguments, rewritten);
    }
    return ts.visitEachChild(node, visit, context);
  };
  return (sourceFile) => ts.visitNode(sourceFile, visit);
};
