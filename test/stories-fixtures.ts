// Made-up articles for the story tests (written for these tests; no evaluation text). Four
// outlets, fictional places and people: one event covered three times, the same mayor in two
// different events the same week, and a yearly race reported a year apart.
import type { StoryInput } from '../src/stories/index.js';

export const BRIDGE: StoryInput[] = [
  {
    id: 'bridge-herald',
    outlet: 'Harbour Herald',
    published: '2023-03-14',
    text: 'Part of the Ostrava Quay footbridge collapsed into the river Lenne on Tuesday morning, injuring four cyclists. Engineers blamed corroded steel cables. Mayor Edda Kowalczyk closed the quay and ordered an inspection of every bridge in Marlow.',
  },
  {
    id: 'bridge-courier',
    outlet: 'Marlow Courier',
    published: '2023-03-14',
    text: 'Four cyclists were hurt when a span of the Ostrava Quay footbridge fell into the Lenne. The city had been warned about corroded cables two years ago, engineers said. Kowalczyk ordered inspections of all Marlow bridges and closed the quay.',
  },
  {
    id: 'bridge-times',
    outlet: 'Lenne Valley Times',
    published: '2023-03-15',
    text: 'Questions mount after the Ostrava Quay footbridge collapse: the corroded steel cables that failed were flagged in an inspection report. The four injured cyclists are recovering. Marlow will inspect every bridge over the Lenne, the mayor said.',
  },
];

export const LIBRARY: StoryInput[] = [
  {
    id: 'library-herald',
    outlet: 'Harbour Herald',
    published: '2023-03-16',
    text: 'Mayor Edda Kowalczyk opened the new Tamsin Reed library in Marlow on Thursday, with a reading room for children, a music archive and late opening hours. Architects built the library from reclaimed timber.',
  },
  {
    id: 'library-gazette',
    outlet: 'North Shore Gazette',
    published: '2023-03-16',
    text: 'The Tamsin Reed library opened its doors in Marlow: timber reading rooms, a music archive and a children’s wing. Kowalczyk cut the ribbon and promised late opening hours at the library all year.',
  },
];

export const RACE_2021: StoryInput = {
  id: 'race-2021',
  outlet: 'Marlow Courier',
  published: '2021-09-05',
  text: 'Runner Ilse Varga won the Marlow harbour marathon on Sunday in two hours and nine minutes, ahead of Piet Oyelaran. Thousands lined the quay as the marathon crossed the Lenne twice.',
};

export const RACE_2022: StoryInput = {
  id: 'race-2022',
  outlet: 'Harbour Herald',
  published: '2022-09-04',
  text: 'Ilse Varga won the Marlow harbour marathon again on Sunday, beating Piet Oyelaran in two hours and eleven minutes. Crowds lined the quay as the marathon crossed the Lenne twice.',
};

export const ALL: StoryInput[] = [...BRIDGE, ...LIBRARY, RACE_2021, RACE_2022];
