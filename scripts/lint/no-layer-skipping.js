// Rule `mentorkit/no-layer-skipping`: a route must not reach a repository or the storage port, even
// without importing one — e.g. `c.get('services').favorites.list(...)` gets a repository out of the
// services container. Import rules cannot see that, so this rule asks TypeScript for the type of every
// property read and destructured name and reports the ones whose type is a class or interface declared
// in a forbidden file (options: `forbidden: [{ declaredIn: '<regex over the file path>', message }]`).
// Record interfaces (data) are not flagged unless their file is forbidden as a whole (storage).
import ts from 'typescript';
import { ESLintUtils } from '@typescript-eslint/utils';

const createRule = ESLintUtils.RuleCreator(() => 'https://github.com/mentorkit/mentorkit/blob/main/CONTRIBUTING.md#layers');

export default createRule({
  name: 'no-layer-skipping',
  meta: {
    type: 'problem',
    docs: { description: 'Forbid reaching a lower layer (repositories, storage) through a value, not only through an import' },
    schema: [
      {
        type: 'object',
        properties: {
          forbidden: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                declaredIn: { type: 'string' },
                kinds: { type: 'array', items: { enum: ['class', 'interface'] } },
                message: { type: 'string' },
              },
              required: ['declaredIn', 'message'],
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
    ],
    messages: { skipped: '{{name}} ({{type}}): {{message}}' },
  },
  defaultOptions: [{ forbidden: [] }],
  create(context, [{ forbidden }]) {
    const services = ESLintUtils.getParserServices(context);
    const matchers = forbidden.map((f) => ({ ...f, re: new RegExp(f.declaredIn), kinds: f.kinds ?? ['class', 'interface'] }));

    function forbiddenBy(type) {
      const symbol = type.getSymbol() ?? type.aliasSymbol;
      if (!symbol) return undefined;
      const kind = symbol.flags & ts.SymbolFlags.Class ? 'class' : symbol.flags & ts.SymbolFlags.Interface ? 'interface' : undefined;
      if (!kind) return undefined;
      for (const declaration of symbol.declarations ?? []) {
        const file = declaration.getSourceFile().fileName;
        const match = matchers.find((m) => m.kinds.includes(kind) && m.re.test(file));
        if (match) return { match, typeName: symbol.getName() };
      }
      return undefined;
    }

    function check(node, name) {
      const type = services.getTypeAtLocation(node);
      const found = forbiddenBy(type.getNonNullableType());
      if (found) context.report({ node, messageId: 'skipped', data: { name, type: found.typeName, message: found.match.message } });
    }

    return {
      // `services.favorites` is reported; `services.favorites.list` is a method, so the read is reported once.
      MemberExpression(node) {
        check(node, context.sourceCode.getText(node));
      },
      'VariableDeclarator > ObjectPattern > Property'(node) {
        check(node.value, context.sourceCode.getText(node.value));
      },
    };
  },
});
