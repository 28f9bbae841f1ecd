// A status set off as a tag in a table or a list; its tone says at a glance whether the thing is in
// force, needs a look, or is over. The words always say it too: colour alone never does (styles.css).
import { h } from './dom';

export type Tone = 'neutral' | 'good' | 'warning' | 'ended';

export function statusTag(text: string, tone: Tone = 'neutral'): HTMLElement {
  return h('strong', { class: `tag tag-${tone}` }, text);
}
