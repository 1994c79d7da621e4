/** docs/sources.md: every source id the rules cite, with its summary and public link. */
import { sources, type SourceId } from '../../src/rules/sources.ts';

export function sourcesDocument(): string {
  return [
    '# Clinical sources',
    '',
    'Every rule and result text cites these ids. Generated from `src/rules/sources.ts` by `npm run rules:doc`.',
    '',
    ...(Object.keys(sources) as SourceId[]).map((id) => {
      const { summary, url } = sources[id];
      return `- **${id}**: ${summary}${url ? ` <${url}>` : ''}`;
    }),
    '',
  ].join('\n');
}
