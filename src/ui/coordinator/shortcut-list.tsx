/** The shortcuts that work on this screen, listed beside the question so nobody has to remember them. */
import { Fragment } from 'react';
import { useAllMessages } from '../locale/use-all-messages.ts';

export type ShortcutName = 'next' | 'back' | 'decline' | 'answers' | 'copy' | 'newCaller';

type Props = { choices: number; names: readonly ShortcutName[] };

export function ShortcutList({ choices, names }: Props) {
  const t = useAllMessages().coordinator;
  const rows = [...(choices > 0 ? [t.shortcuts.choose(choices)] : []), ...names.map((name) => t.shortcuts[name])];
  return (
    <section className="coordinator-shortcuts" aria-labelledby="coordinator-shortcuts-title">
      <h3 id="coordinator-shortcuts-title" className="heading-s">
        {t.shortcutsHeading}
      </h3>
      <dl className="coordinator-shortcuts__list">
        {rows.map(({ keys, action }) => (
          <div key={action} className="coordinator-shortcuts__row">
            <dt>
              {keys.split(' + ').map((key, index) => (
                <Fragment key={key}>
                  {index > 0 ? ' + ' : null}
                  <kbd>{key}</kbd>
                </Fragment>
              ))}
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
