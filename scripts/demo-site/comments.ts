import { escText } from './html';

interface Comment {
  who: string;
  ago: string;
  text: string;
}

const bank: Comment[] = [
  {
    who: 'rbkessler',
    ago: '2 hours ago',
    text: 'Hard to follow who is responsible for what at this point. A map would help.',
  },
  {
    who: 'Marisol_T',
    ago: '3 hours ago',
    text: 'My nephew was deployed out there last year. Thinking of the families tonight.',
  },
  {
    who: 'old_desk_editor',
    ago: '4 hours ago',
    text: 'Every outlet has a different number in the headline. Wait a day before trusting any of them.',
  },
  {
    who: 'jpwalsh',
    ago: '5 hours ago',
    text: 'Good piece, but the timeline section would be clearer with dates on each item.',
  },
  {
    who: 'Hollis K.',
    ago: '6 hours ago',
    text: 'Subscribed for coverage like this. Please keep the sourcing this explicit.',
  },
  {
    who: 'greenfield88',
    ago: 'yesterday',
    text: 'Not sure why this is on the front page when the council vote is tomorrow.',
  },
  {
    who: 'Ada Nwosu',
    ago: 'yesterday',
    text: 'The comments here are usually a mess, but this thread is surprisingly civil.',
  },
];

/** A comment section with three comments, chosen by `seed` so pages differ but stay deterministic. */
export function commentSection(seed: number): string {
  const picked = [0, 1, 2].map((i) => bank[(seed * 3 + i) % bank.length]);
  const items = picked
    .map(
      (c) =>
        `<li class="comment"><p><span class="who">${escText(c.who)}</span> · <span class="ago">${escText(c.ago)}</span></p><p>${escText(c.text)}</p><button type="button">Reply</button> <button type="button">Report</button></li>`,
    )
    .join('');
  return `<section class="comments" aria-label="Comments"><h2>Comments (${picked.length})</h2>
<p>Comments are moderated. Read our <a href="/community-guidelines">community guidelines</a>.</p><ul>${items}</ul>
<form action="/comment" method="post"><textarea name="comment" aria-label="Your comment" rows="3" cols="40"></textarea><button type="submit">Post comment</button></form></section>`;
}
