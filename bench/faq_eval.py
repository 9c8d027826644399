"""`make eval`: how often the FAQ answers right, answers wrong, or declines, on every set.

What is scored is what the user reads: the chat reply of `FaqResponder.respond` (the
calculator's verdict when the question names an indicator and a figure or a situation, an
entry, a definition, the closest questions, a decline). `--index` scores the FAQ index alone,
as before the rule-grounded answers (to compare retrieval changes).

A set is a YAML file with `questions` and `hors_sujet` (questions the bot must decline). A
question is scored one of two ways:
- `attendu: <entry id>`: right when the reply answers with that entry (or shows it after the
  calculator's verdict);
- `faits: [...]` (blind sets, written without reading the FAQ): right when the reply's text
  contains every fact — a string, or a list of acceptable alternatives — compared without
  case, accents, apostrophes or spaces ("70 %" = "70%"); an optional `verdict: oui|non` must
  not be contradicted by the reply (an entry opening with "Oui."/"Non.", or the calculator's
  "atteint"/"non atteint" read as the answer to the question).
Optional `profession` and `exercice` stand for the asker's session.

Per set: top-1 (answered right), top-3 (right, or right among the three closest questions
offered), the share of in-scope questions declined or only suggested, the share answered wrong
with confidence, and the out-of-scope questions declined. `-v` lists the misses of the sets
tuned on only: the held-out sets stay blind.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.faq import Answer, FaqIndex
from bot.faq_replies import FaqResponder
from bot.rule_answers import Grounded
from bot.session import Session
from bot.text_render import to_text
from knowledge import load

TESTS = Path(__file__).resolve().parent.parent / "tests"
DEVSET = TESTS / "faq_devset.yaml"  # tuned on
DEV_COLLOQUIAL = TESTS / "faq_devset_colloquial.yaml"  # tuned on: chat-style phrasings
# tuned on: chat-style, facts only, written blind from the guides by another writer
DEV_COLLOQUIAL2 = TESTS / "faq_devset_colloquial2.yaml"
DEV_COLLOQUIAL3 = TESTS / "faq_devset_colloquial3.yaml"  # tuned on: the same, a third writer
DEV_COLLOQUIAL4 = TESTS / "faq_devset_colloquial4.yaml"  # tuned on: questions the rules answer
DEV_COLLOQUIAL5 = TESTS / "faq_devset_colloquial5.yaml"  # tuned on: mostly out of scope
DEV_COLLOQUIAL6 = TESTS / "faq_devset_colloquial6.yaml"  # tuned on: a general mix, a fourth writer
DEV_COLLOQUIAL7 = TESTS / "faq_devset_colloquial7.yaml"  # tuned on: yes/no questions
DEV_COLLOQUIAL8 = TESTS / "faq_devset_colloquial8.yaml"  # tuned on: a general mix, a fifth writer
DEV_COLLOQUIAL9 = TESTS / "faq_devset_colloquial9.yaml"  # tuned on: the asker's own situation
DEV_COLLOQUIAL10 = TESTS / "faq_devset_colloquial10.yaml"  # tuned on: short, vague messages
DEV_COLLOQUIAL11 = TESTS / "faq_devset_colloquial11.yaml"  # tuned on: the practical side
DEV_COLLOQUIAL12 = TESTS / "faq_devset_colloquial12.yaml"  # tuned on: advisors, long messages
DEV_COLLOQUIAL13 = TESTS / "faq_devset_colloquial13.yaml"  # tuned on: a general mix, 6th writer
DEV_COLLOQUIAL14 = TESTS / "faq_devset_colloquial14.yaml"  # tuned on: today, deadlines, kinés
DEV_COLLOQUIAL15 = TESTS / "faq_devset_colloquial15.yaml"  # tuned on: yes/no checks, the FAMI
DEV_COLLOQUIAL16 = TESTS / "faq_devset_colloquial16.yaml"  # tuned on: a general mix, 7th writer
DEV_COLLOQUIAL17 = TESTS / "faq_devset_colloquial17.yaml"  # tuned on: particular cases, statuses
DEV_COLLOQUIAL18 = TESTS / "faq_devset_colloquial18.yaml"  # tuned on: médecins' Donum year
DEV_COLLOQUIAL19 = TESTS / "faq_devset_colloquial19.yaml"  # tuned on: advisors forwarding
DEV_COLLOQUIAL20 = TESTS / "faq_devset_colloquial20.yaml"  # tuned on: a general mix, 11th writer
DEV_COLLOQUIAL21 = TESTS / "faq_devset_colloquial21.yaml"  # tuned on: December 2026, 13th writer
DEV_COLLOQUIAL22 = TESTS / "faq_devset_colloquial22.yaml"  # tuned on: asked of advisors, 15th
DEV_COLLOQUIAL23 = TESTS / "faq_devset_colloquial23.yaml"  # tuned on: typed on a phone, 17th
DEV_COLLOQUIAL24 = TESTS / "faq_devset_colloquial24.yaml"  # tuned on: confusions, 19th writer
DEV_COLLOQUIAL25 = TESTS / "faq_devset_colloquial25.yaml"  # tuned on: several questions, 20th
DEV_COLLOQUIAL26 = TESTS / "faq_devset_colloquial26.yaml"  # tuned on: dental offices, 21st
DEV_COLLOQUIAL27 = TESTS / "faq_devset_colloquial27.yaml"  # tuned on: own figures, 23rd writer
DEV_COLLOQUIAL28 = TESTS / "faq_devset_colloquial28.yaml"  # tuned on: the border, 25th writer
DEV_COLLOQUIAL29 = TESTS / "faq_devset_colloquial29.yaml"  # tuned on: today, differences, 26th
DEV_COLLOQUIAL30 = TESTS / "faq_devset_colloquial30.yaml"  # tuned on: a general mix, 27th writer
DEV_COLLOQUIAL31 = TESTS / "faq_devset_colloquial31.yaml"  # tuned on: one's own case, 28th
DEV_COLLOQUIAL32 = TESTS / "faq_devset_colloquial32.yaml"  # tuned on: a general mix, 30th writer
DEV_COLLOQUIAL33 = TESTS / "faq_devset_colloquial33.yaml"  # tuned on: yes/no, practical, 31st
DEV_COLLOQUIAL34 = TESTS / "faq_devset_colloquial34.yaml"  # tuned on: advisors, amounts, 33rd
DEV_COLLOQUIAL35 = TESTS / "faq_devset_colloquial35.yaml"  # tuned on: one indicator yes/no, 34th
DEV_COLLOQUIAL36 = TESTS / "faq_devset_colloquial36.yaml"  # tuned on: a general mix, 35th writer
DEV_COLLOQUIAL37 = TESTS / "faq_devset_colloquial37.yaml"  # tuned on: worried why/what now, 36th
DEV_COLLOQUIAL38 = TESTS / "faq_devset_colloquial38.yaml"  # tuned on: money on a statement, 37th
DEV_COLLOQUIAL39 = TESTS / "faq_devset_colloquial39.yaml"  # tuned on: how, where, when; 38th
DEV_COLLOQUIAL40 = TESTS / "faq_devset_colloquial40.yaml"  # tuned on: dentists on a phone, 39th
DEV_COLLOQUIAL41 = TESTS / "faq_devset_colloquial41.yaml"  # tuned on: relayed by others, 40th
DEV_COLLOQUIAL42 = TESTS / "faq_devset_colloquial42.yaml"  # tuned on: own figures, 41st writer
DEV_COLLOQUIAL43 = TESTS / "faq_devset_colloquial43.yaml"  # tuned on: the rules themselves, 42nd
DEV_COLLOQUIAL44 = TESTS / "faq_devset_colloquial44.yaml"  # tuned on: FS to Donum, 43rd
DEV_COLLOQUIAL45 = TESTS / "faq_devset_colloquial45.yaml"  # tuned on: own situation, 44th
DEV_COLLOQUIAL46 = TESTS / "faq_devset_colloquial46.yaml"  # tuned on: staff asking, 45th
DEV_COLLOQUIAL47 = TESTS / "faq_devset_colloquial47.yaml"  # tuned on: chat-box lines, 46th
DEV_COLLOQUIAL48 = TESTS / "faq_devset_colloquial48.yaml"  # tuned on: dentists' FAMI, 47th
DEV_COLLOQUIAL49 = TESTS / "faq_devset_colloquial49.yaml"  # tuned on: polarity, 48th
DEV_COLLOQUIAL50 = TESTS / "faq_devset_colloquial50.yaml"  # tuned on: whole subject, 49th
DEV_COLLOQUIAL51 = TESTS / "faq_devset_colloquial51.yaml"  # tuned on: paperwork, 50th
DEV_COLLOQUIAL52 = TESTS / "faq_devset_colloquial52.yaml"  # years named
DEV_COLLOQUIAL53 = TESTS / "faq_devset_colloquial53.yaml"  # advisors forwarding
DEV_COLLOQUIAL54 = TESTS / "faq_devset_colloquial54.yaml"  # changes between years
DEV_COLLOQUIAL55 = TESTS / "faq_devset_colloquial55.yaml"  # short phone messages
DEV_COLLOQUIAL56 = TESTS / "faq_devset_colloquial56.yaml"  # long stories
DEV_COLLOQUIAL57 = TESTS / "faq_devset_colloquial57.yaml"  # asked on someone's behalf
DEV_COLLOQUIAL58 = TESTS / "faq_devset_colloquial58.yaml"  # one or two years named
DEV_COLLOQUIAL59 = TESTS / "faq_devset_colloquial59.yaml"  # own figures near a threshold
DEV_COLLOQUIAL60 = TESTS / "faq_devset_colloquial60.yaml"  # long stories, forwarded
DEV_COLLOQUIAL61 = TESTS / "faq_devset_colloquial61.yaml"  # own figures near a threshold
DEV_COLLOQUIAL62 = TESTS / "faq_devset_colloquial62.yaml"  # long stories, forwarded (2)
DEV_COLLOQUIAL63 = TESTS / "faq_devset_colloquial63.yaml"  # years named (3)
DEV_COLLOQUIAL64 = TESTS / "faq_devset_colloquial64.yaml"  # long CIS-forwarded stories
DEV_COLLOQUIAL65 = TESTS / "faq_devset_colloquial65.yaml"  # dentists' stories on the FAMI
DEV_COLLOQUIAL66 = TESTS / "faq_devset_colloquial66.yaml"  # years named or compared
DEV_COLLOQUIAL67 = TESTS / "faq_devset_colloquial67.yaml"  # own figures near a threshold
DEV_COLLOQUIAL68 = TESTS / "faq_devset_colloquial68.yaml"  # long own stories with figures
DEV_COLLOQUIAL69 = TESTS / "faq_devset_colloquial69.yaml"  # forwarded by CIS, secretaries
DEV_COLLOQUIAL70 = TESTS / "faq_devset_colloquial70.yaml"  # own-case stories, FS 2025, Donum 2026
DEV_COLLOQUIAL71 = TESTS / "faq_devset_colloquial71.yaml"  # forwarded by CIS, secretaries
DEV_COLLOQUIAL72 = TESTS / "faq_devset_colloquial72.yaml"  # FAMI, years named
DEV_COLLOQUIAL73 = TESTS / "faq_devset_colloquial73.yaml"  # FS → Donum, years named
DEV_COLLOQUIAL74 = TESTS / "faq_devset_colloquial74.yaml"  # own-case stories, FS 2023–2025
DEV_COLLOQUIAL75 = TESTS / "faq_devset_colloquial75.yaml"  # own-case stories, Donum 2026
DEV_COLLOQUIAL76 = TESTS / "faq_devset_colloquial76.yaml"  # dentists' own FAMI stories
DEV_COLLOQUIAL77 = TESTS / "faq_devset_colloquial77.yaml"  # médecins' FS 2023-2025 own-case stories
DEV_COLLOQUIAL78 = TESTS / "faq_devset_colloquial78.yaml"  # Donum 2026 own-case stories
DEV_COLLOQUIAL79 = TESTS / "faq_devset_colloquial79.yaml"  # dentists' FAMI own-case stories
DEV_COLLOQUIAL80 = TESTS / "faq_devset_colloquial80.yaml"  # two questions in one, follow-ups
DEV_COLLOQUIAL81 = TESTS / "faq_devset_colloquial81.yaml"  # médecins' own cases, figures
DEV_COLLOQUIAL82 = TESTS / "faq_devset_colloquial82.yaml"  # dentists' FAMI cases, figures
DEV_COLLOQUIAL83 = TESTS / "faq_devset_colloquial83.yaml"  # FS 2025 vs Donum 2026, deadlines
DEV_COLLOQUIAL84 = TESTS / "faq_devset_colloquial84.yaml"  # forwarded, two in one, SMS
DEV_COLLOQUIAL85 = TESTS / "faq_devset_colloquial85.yaml"  # médecins' 2025 stories, figures
DEV_COLLOQUIAL86 = TESTS / "faq_devset_colloquial86.yaml"  # forfait → Donum, asked Dec 2026
DEV_COLLOQUIAL87 = TESTS / "faq_devset_colloquial87.yaml"  # dentists' own FAMI situations, SMS
DEV_COLLOQUIAL88 = TESTS / "faq_devset_colloquial88.yaml"  # forwarded, partners, multi-part
DEV_COLLOQUIAL89 = TESTS / "faq_devset_colloquial89.yaml"  # Donum 2026 own figures, Dec 2026
DEV_COLLOQUIAL90 = TESTS / "faq_devset_colloquial90.yaml"  # amounts received or shown
DEV_COLLOQUIAL91 = TESTS / "faq_devset_colloquial91.yaml"  # worried yes/no, figures heard
DEV_COLLOQUIAL92 = TESTS / "faq_devset_colloquial92.yaml"  # dentists' and kinés' FAMI, multi
DEV_COLLOQUIAL93 = TESTS / "faq_devset_colloquial93.yaml"  # médecins, own 2025 stories, phone
DEV_COLLOQUIAL94 = TESTS / "faq_devset_colloquial94.yaml"  # dentists, FAMI, FSE rate, amounts
DEV_COLLOQUIAL95 = TESTS / "faq_devset_colloquial95.yaml"  # Donum switch, 2 December 2026, anxious
DEV_COLLOQUIAL96 = TESTS / "faq_devset_colloquial96.yaml"  # CIS forwarding, pasted answers
DEV_COLLOQUIAL97 = TESTS / "faq_devset_colloquial97.yaml"  # dentists' own FAMI stories
DEV_COLLOQUIAL98 = TESTS / "faq_devset_colloquial98.yaml"  # médecins' own Donum 2026 figures
DEV_COLLOQUIAL99 = TESTS / "faq_devset_colloquial99.yaml"  # yes/no turning on polarity
DEV_COLLOQUIAL100 = TESTS / "faq_devset_colloquial100.yaml"  # years compared, conversions
DEV_COLLOQUIAL101 = TESTS / "faq_devset_colloquial101.yaml"  # blind, own case on a phone, 2025–2026
DEV_COLLOQUIAL102 = TESTS / "faq_devset_colloquial102.yaml"  # blind, dentists, kinés, thresholds
DEV_COLLOQUIAL103 = TESTS / "faq_devset_colloquial103.yaml"  # blind, forwarded, years, changes
DEV_COLLOQUIAL104 = TESTS / "faq_devset_colloquial104.yaml"  # blind, definitions, how-to
DEV_COLLOQUIAL105 = TESTS / "faq_devset_colloquial105.yaml"  # blind, long stories, one question
DEV_COLLOQUIAL106 = TESTS / "faq_devset_colloquial106.yaml"  # blind, short vague messages
DEV_COLLOQUIAL107 = TESTS / "faq_devset_colloquial107.yaml"  # blind, wrong beliefs, confusions
DEV_COLLOQUIAL108 = TESTS / "faq_devset_colloquial108.yaml"  # blind, money, maxima, payments
DEV_COLLOQUIAL109 = TESTS / "faq_devset_colloquial109.yaml"  # blind, long stories, médecins
DEV_COLLOQUIAL110 = TESTS / "faq_devset_colloquial110.yaml"  # blind, long stories, dentists
DEV_COLLOQUIAL111 = TESTS / "faq_devset_colloquial111.yaml"  # blind, stories, médecins 2024-2026
DEV_COLLOQUIAL112 = TESTS / "faq_devset_colloquial112.yaml"  # blind, forwarded by advisors
DEV_COLLOQUIAL113 = TESTS / "faq_devset_colloquial113.yaml"  # blind, very short phone messages
DEV_COLLOQUIAL114 = TESTS / "faq_devset_colloquial114.yaml"  # blind, wrong beliefs to correct
DEV_COLLOQUIAL115 = TESTS / "faq_devset_colloquial115.yaml"  # blind, deadlines, procedures
DEV_COLLOQUIAL116 = TESTS / "faq_devset_colloquial116.yaml"  # blind, comparisons, changes
DEV_COLLOQUIAL117 = TESTS / "faq_devset_colloquial117.yaml"  # blind, phone, own figures
DEV_COLLOQUIAL118 = TESTS / "faq_devset_colloquial118.yaml"  # blind, dentists' stories
DEV_COLLOQUIAL119 = TESTS / "faq_devset_colloquial119.yaml"  # blind, staff, what to declare
DEV_COLLOQUIAL120 = TESTS / "faq_devset_colloquial120.yaml"  # blind, definitions, how it works
DEV_COLLOQUIAL121 = TESTS / "faq_devset_colloquial121.yaml"  # blind, doubts, who, what-if
DEV_COLLOQUIAL122 = TESTS / "faq_devset_colloquial122.yaml"  # blind, December mix
DEV_COLLOQUIAL123 = TESTS / "faq_devset_colloquial123.yaml"  # blind, specialists, who is concerned
DEV_COLLOQUIAL124 = TESTS / "faq_devset_colloquial124.yaml"  # blind, year-to-year changes
DEV_COLLOQUIAL125 = TESTS / "faq_devset_colloquial125.yaml"  # blind, dentists' SMS
DEV_COLLOQUIAL126 = TESTS / "faq_devset_colloquial126.yaml"  # blind, honest « non », negations
DEV_COLLOQUIAL127 = TESTS / "faq_devset_colloquial127.yaml"  # blind, particular situations
DEV_COLLOQUIAL128 = TESTS / "faq_devset_colloquial128.yaml"  # blind, calendar, Dec–April
DEV_COLLOQUIAL129 = TESTS / "faq_devset_colloquial129.yaml"  # blind, médecins' stories, closings
DEV_COLLOQUIAL130 = TESTS / "faq_devset_colloquial130.yaml"  # blind, dentists' stories, closings
DEV_COLLOQUIAL131 = TESTS / "faq_devset_colloquial131.yaml"  # blind, médecins' two years
DEV_COLLOQUIAL132 = TESTS / "faq_devset_colloquial132.yaml"  # blind, CIS forwards
DEV_COLLOQUIAL133 = TESTS / "faq_devset_colloquial133.yaml"  # blind, terms, where to check
DEV_COLLOQUIAL134 = TESTS / "faq_devset_colloquial134.yaml"  # blind, December planning
DEV_COLLOQUIAL135 = TESTS / "faq_devset_colloquial135.yaml"  # blind, stories, totals
DEV_COLLOQUIAL136 = TESTS / "faq_devset_colloquial136.yaml"  # blind, border of scope
DEV_COLLOQUIAL137 = TESTS / "faq_devset_colloquial137.yaml"  # blind, dentists' figures
DEV_COLLOQUIAL138 = TESTS / "faq_devset_colloquial138.yaml"  # blind, médecins' figures
DEV_COLLOQUIAL139 = TESTS / "faq_devset_colloquial139.yaml"  # blind, short yes/no
DEV_COLLOQUIAL140 = TESTS / "faq_devset_colloquial140.yaml"  # blind, CIS, terms, where, when
DEV_COLLOQUIAL141 = TESTS / "faq_devset_colloquial141.yaml"  # blind, médecins' stories
DEV_COLLOQUIAL142 = TESTS / "faq_devset_colloquial142.yaml"  # blind, dentists' stories, CIS
DEV_COLLOQUIAL143 = TESTS / "faq_devset_colloquial143.yaml"  # blind, years and schemes
DEV_COLLOQUIAL144 = TESTS / "faq_devset_colloquial144.yaml"  # blind, how-to
DEV_COLLOQUIAL145 = TESTS / "faq_devset_colloquial145.yaml"  # blind, dentists' stories
DEV_COLLOQUIAL146 = TESTS / "faq_devset_colloquial146.yaml"  # blind, the Donum
DEV_COLLOQUIAL147 = TESTS / "faq_devset_colloquial147.yaml"  # blind, definitions, typos
DEV_COLLOQUIAL148 = TESTS / "faq_devset_colloquial148.yaml"  # blind, half out of scope
DEV_COLLOQUIAL149 = TESTS / "faq_devset_colloquial149.yaml"  # blind, yes/no, own figure
DEV_COLLOQUIAL150 = TESTS / "faq_devset_colloquial150.yaml"  # blind, what to do now
DEV_COLLOQUIAL151 = TESTS / "faq_devset_colloquial151.yaml"  # blind, statuses, newcomers
DEV_COLLOQUIAL152 = TESTS / "faq_devset_colloquial152.yaml"  # blind, forwarded, 20 traps
DEV_COLLOQUIAL153 = TESTS / "faq_devset_colloquial153.yaml"  # blind, FS 2025 to Donum
DEV_COLLOQUIAL154 = TESTS / "faq_devset_colloquial154.yaml"  # blind, one short question
DEV_COLLOQUIAL155 = TESTS / "faq_devset_colloquial155.yaml"  # blind, guides that disagree
DEV_COLLOQUIAL156 = TESTS / "faq_devset_colloquial156.yaml"  # blind, money received
DEV_COLLOQUIAL157 = TESTS / "faq_devset_colloquial157.yaml"  # blind, one indicator
DEV_COLLOQUIAL158 = TESTS / "faq_devset_colloquial158.yaml"  # blind, mixed messages
DEV_COLLOQUIAL159 = TESTS / "faq_devset_colloquial159.yaml"  # blind, own figures checked
DEV_COLLOQUIAL160 = TESTS / "faq_devset_colloquial160.yaml"  # blind, dates and deadlines
DEV_COLLOQUIAL161 = TESTS / "faq_devset_colloquial161.yaml"  # blind, definitions, vocabulary
DEV_COLLOQUIAL162 = TESTS / "faq_devset_colloquial162.yaml"  # blind, what-if, optimisation
DEV_COLLOQUIAL163 = TESTS / "faq_devset_colloquial163.yaml"  # blind, forwarded, third person
DEV_COLLOQUIAL164 = TESTS / "faq_devset_colloquial164.yaml"  # blind, dentists, FAMI by indicator
DEV_COLLOQUIAL165 = TESTS / "faq_devset_colloquial165.yaml"  # blind, Donum against FS 2025
DEV_COLLOQUIAL166 = TESTS / "faq_devset_colloquial166.yaml"  # blind, yes/no traps
DEV_COLLOQUIAL167 = TESTS / "faq_devset_colloquial167.yaml"  # blind, advisors, third person
DEV_COLLOQUIAL168 = TESTS / "faq_devset_colloquial168.yaml"  # blind, dates seen from today
DEV_COLLOQUIAL169 = TESTS / "faq_devset_colloquial169.yaml"  # blind, years and schemes compared
DEV_COLLOQUIAL170 = TESTS / "faq_devset_colloquial170.yaml"  # blind, in scope and near misses
DEV_COLLOQUIAL171 = TESTS / "faq_devset_colloquial171.yaml"  # blind, situations that change
DEV_COLLOQUIAL172 = TESTS / "faq_devset_colloquial172.yaml"  # blind, new or unusual practitioners
DEV_COLLOQUIAL173 = TESTS / "faq_devset_colloquial173.yaml"  # blind, one figure checked
DEV_COLLOQUIAL174 = TESTS / "faq_devset_colloquial174.yaml"  # blind, situations that change
DEV_COLLOQUIAL175 = TESTS / "faq_devset_colloquial175.yaml"  # blind, advisors, third person
DEV_COLLOQUIAL176 = TESTS / "faq_devset_colloquial176.yaml"  # blind, conditions and hypotheses
DEV_COLLOQUIAL177 = TESTS / "faq_devset_colloquial177.yaml"  # blind, amounts, own figures
DEV_COLLOQUIAL178 = TESTS / "faq_devset_colloquial178.yaml"  # blind, definitions
DEV_COLLOQUIAL179 = TESTS / "faq_devset_colloquial179.yaml"  # blind, own situation, one ask
DEV_COLLOQUIAL180 = TESTS / "faq_devset_colloquial180.yaml"  # blind, edge of scope
DEV_COLLOQUIAL181 = TESTS / "faq_devset_colloquial181.yaml"  # blind, 2025 aftermath
DEV_COLLOQUIAL182 = TESTS / "faq_devset_colloquial182.yaml"  # blind, comparisons across years
DEV_COLLOQUIAL183 = TESTS / "faq_devset_colloquial183.yaml"  # blind, FAMI typed in a hurry
DEV_COLLOQUIAL184 = TESTS / "faq_devset_colloquial184.yaml"  # blind, numbers-heavy
DEV_COLLOQUIAL185 = TESTS / "faq_devset_colloquial185.yaml"  # blind, advisors pasting screens
DEV_COLLOQUIAL186 = TESTS / "faq_devset_colloquial186.yaml"  # blind, kinés, dentistes, statuts
DEV_COLLOQUIAL187 = TESTS / "faq_devset_colloquial187.yaml"  # blind, yes/no with own figures
DEV_COLLOQUIAL188 = TESTS / "faq_devset_colloquial188.yaml"  # blind, deadlines, what to do now
DEV_COLLOQUIAL189 = TESTS / "faq_devset_colloquial189.yaml"  # blind, comparisons
DEV_COLLOQUIAL190 = (
    TESTS / "faq_devset_colloquial190.yaml"
)  # blind, advisors forwarding amelipro lines
DEV_COLLOQUIAL191 = TESTS / "faq_devset_colloquial191.yaml"  # blind, own past figures, what it cost
DEV_COLLOQUIAL192 = TESTS / "faq_devset_colloquial192.yaml"  # blind, statuses, edge of scope
DEV_COLLOQUIAL193 = TESTS / "faq_devset_colloquial193.yaml"  # blind, comparisons and losses
DEV_COLLOQUIAL194 = TESTS / "faq_devset_colloquial194.yaml"  # blind, Donum first year
DEV_COLLOQUIAL195 = TESTS / "faq_devset_colloquial195.yaml"  # blind, FAMI 2025-2026 on the phone
DEV_COLLOQUIAL196 = TESTS / "faq_devset_colloquial196.yaml"  # blind, advisors forwarding
TESTSET = TESTS / "faq_testset.yaml"  # held out: written blind, never tuned on
BLINDSET = TESTS / "faq_colloquial.yaml"  # held out, facts only: added by the maintainers
VALIDATION = TESTS / "faq_validation.yaml"  # written blind with set 3; never tuned on
VALIDATION2 = TESTS / "faq_validation2.yaml"  # written blind with sets 8 to 10; never tuned on
VALIDATION3 = TESTS / "faq_validation3.yaml"  # written blind with sets 12 and 13; never tuned on
VALIDATION4 = TESTS / "faq_validation4.yaml"  # written blind with set 16; never tuned on
VALIDATION5 = TESTS / "faq_validation5.yaml"  # written blind with set 19; never tuned on
VALIDATION6 = TESTS / "faq_validation6.yaml"  # written blind at the session's end; read once
VALIDATION7 = TESTS / "faq_validation7.yaml"  # written blind on 1/12/2026; read once, at the end
VALIDATION8 = TESTS / "faq_validation8.yaml"  # written blind on 1/12/2026 (morning); read once
VALIDATION9 = TESTS / "faq_validation9.yaml"  # written blind on 1/12/2026 (day); read once
VALIDATION10 = TESTS / "faq_validation10.yaml"  # written blind on 1/12/2026 (day); read once
VALIDATION11 = TESTS / "faq_validation11.yaml"  # written blind on 1/12/2026 (day); read once
VALIDATION12 = TESTS / "faq_validation12.yaml"  # written blind on 1/12/2026 (pm); read once
VALIDATION13 = TESTS / "faq_validation13.yaml"  # written blind on 1/12/2026 (late); read once
VALIDATION14 = TESTS / "faq_validation14.yaml"  # written blind on 1/12/2026 (eve); read once
VALIDATION15 = TESTS / "faq_validation15.yaml"  # written blind on 1/12/2026 (eve); read once
VALIDATION16 = TESTS / "faq_validation16.yaml"  # written blind on 1/12/2026 (new pass); read once
VALIDATION17 = TESTS / "faq_validation17.yaml"  # written blind on 1/12/2026 (new pass); read once
VALIDATION18 = TESTS / "faq_validation18.yaml"  # written blind on 1/12/2026 (new pass); read once
VALIDATION19 = TESTS / "faq_validation19.yaml"  # written blind on 1/12/2026 (new pass); read once
VALIDATION20 = TESTS / "faq_validation20.yaml"  # written blind on 1/12/2026 (next pass); read once
VALIDATION21 = TESTS / "faq_validation21.yaml"  # written blind on 1/12/2026 (next pass); read once
VALIDATION22 = TESTS / "faq_validation22.yaml"  # written blind on 1/12/2026 (next pass); read once
VALIDATION23 = TESTS / "faq_validation23.yaml"  # written blind on 1/12/2026 (next pass); read once
VALIDATION24 = TESTS / "faq_validation24.yaml"  # whole subject
VALIDATION25 = TESTS / "faq_validation25.yaml"  # years named
VALIDATION26 = TESTS / "faq_validation26.yaml"  # forwarded, long stories
VALIDATION27 = TESTS / "faq_validation27.yaml"  # phone, first tries
VALIDATION28 = TESTS / "faq_validation28.yaml"  # whole subject
VALIDATION29 = TESTS / "faq_validation29.yaml"  # long stories, forwarded
VALIDATION30 = TESTS / "faq_validation30.yaml"  # years named
VALIDATION31 = TESTS / "faq_validation31.yaml"  # own figures near a threshold
VALIDATION32 = TESTS / "faq_validation32.yaml"  # whole subject
VALIDATION33 = TESTS / "faq_validation33.yaml"  # long stories, forwarded
VALIDATION34 = TESTS / "faq_validation34.yaml"  # own figures near a threshold
VALIDATION35 = TESTS / "faq_validation35.yaml"  # years named
VALIDATION36 = TESTS / "faq_validation36.yaml"  # long stories, forwarded
VALIDATION37 = TESTS / "faq_validation37.yaml"  # years named
VALIDATION38 = TESTS / "faq_validation38.yaml"  # own figures near a threshold
VALIDATION39 = TESTS / "faq_validation39.yaml"  # whole subject
VALIDATION40 = TESTS / "faq_validation40.yaml"  # written blind on 1/12/2026 (night); read once
VALIDATION41 = TESTS / "faq_validation41.yaml"  # written blind on 1/12/2026 (night); read once
VALIDATION42 = TESTS / "faq_validation42.yaml"  # written blind on 1/12/2026 (night); read once
VALIDATION43 = TESTS / "faq_validation43.yaml"  # written blind on 1/12/2026 (night); read once
VALIDATION44 = TESTS / "faq_validation44.yaml"  # blind, 01/12/2026
VALIDATION45 = TESTS / "faq_validation45.yaml"  # blind, 01/12/2026
VALIDATION46 = TESTS / "faq_validation46.yaml"  # blind, 01/12/2026
VALIDATION47 = TESTS / "faq_validation47.yaml"  # blind, 01/12/2026
VALIDATION48 = TESTS / "faq_validation48.yaml"  # own-case stories, FS 2024-2025 and Donum
VALIDATION49 = TESTS / "faq_validation49.yaml"  # two things at once, follow-ups, SMS
VALIDATION50 = TESTS / "faq_validation50.yaml"  # forwarded, several practitioners
VALIDATION51 = TESTS / "faq_validation51.yaml"  # definitions, single conditions, near OOS
VALIDATION52 = TESTS / "faq_validation52.yaml"  # written blind 2/12/2026, held out
VALIDATION53 = TESTS / "faq_validation53.yaml"  # written blind 2/12/2026, held out
VALIDATION54 = TESTS / "faq_validation54.yaml"  # written blind 2/12/2026, held out
VALIDATION55 = TESTS / "faq_validation55.yaml"  # written blind 2/12/2026, held out
VALIDATION56 = TESTS / "faq_validation56.yaml"  # blind, held out
VALIDATION57 = TESTS / "faq_validation57.yaml"  # blind, held out
VALIDATION58 = TESTS / "faq_validation58.yaml"  # blind, held out
VALIDATION59 = TESTS / "faq_validation59.yaml"  # blind, held out
VALIDATION60 = TESTS / "faq_validation60.yaml"  # blind, held out
VALIDATION61 = TESTS / "faq_validation61.yaml"  # blind, held out
VALIDATION62 = TESTS / "faq_validation62.yaml"  # blind, held out
VALIDATION63 = TESTS / "faq_validation63.yaml"  # blind, held out
VALIDATION64 = TESTS / "faq_validation64.yaml"  # blind, 2/12/2026: médecins' stories
VALIDATION65 = TESTS / "faq_validation65.yaml"  # blind, 2/12/2026: amounts, dates
VALIDATION66 = TESTS / "faq_validation66.yaml"  # blind, 2/12/2026: dentists' FAMI
VALIDATION67 = TESTS / "faq_validation67.yaml"  # blind, 2/12/2026: vocabulary, thresholds
VALIDATION68 = TESTS / "faq_validation68.yaml"  # blind, 2/12/2026, mid-pass
VALIDATION69 = TESTS / "faq_validation69.yaml"  # blind, 2/12/2026, mid-pass
VALIDATION70 = TESTS / "faq_validation70.yaml"  # blind, 2/12/2026, mid-pass
VALIDATION71 = TESTS / "faq_validation71.yaml"  # blind, 2/12/2026, mid-pass
VALIDATION72 = TESTS / "faq_validation72.yaml"  # blind, 2/12 ~10 h, own case, phone
VALIDATION73 = TESTS / "faq_validation73.yaml"  # blind, 2/12 ~10 h, FAMI yes/no
VALIDATION74 = TESTS / "faq_validation74.yaml"  # blind, 2/12 ~10 h, forwarded, years
VALIDATION75 = TESTS / "faq_validation75.yaml"  # blind, 2/12 ~10 h, definitions, how-to
VALIDATION76 = TESTS / "faq_validation76.yaml"  # blind, 2/12 ~10 h 50, long stories
VALIDATION77 = TESTS / "faq_validation77.yaml"  # blind, 2/12 ~10 h 50, general mix
VALIDATION78 = TESTS / "faq_validation78.yaml"  # blind, 2/12 ~12 h 20, general mix
VALIDATION79 = TESTS / "faq_validation79.yaml"  # blind, 2/12 ~12 h 20, stories, phone
VALIDATION80 = TESTS / "faq_validation80.yaml"  # blind, 2/12 ~15 h, general mix
VALIDATION81 = TESTS / "faq_validation81.yaml"  # blind, 2/12 ~15 h, stories, phone
VALIDATION82 = TESTS / "faq_validation82.yaml"  # blind, 2/12 ~17 h 20, médecins' mix
VALIDATION83 = TESTS / "faq_validation83.yaml"  # blind, 2/12 ~17 h 20, dentists' mix
VALIDATION84 = TESTS / "faq_validation84.yaml"  # blind, 2/12 ~21 h 30, mixed mix
VALIDATION85 = TESTS / "faq_validation85.yaml"  # blind, 2/12 ~21 h 30, stories
VALIDATION86 = TESTS / "faq_validation86.yaml"  # blind, 3/12 ~3 h, general mix
VALIDATION87 = TESTS / "faq_validation87.yaml"  # blind, 3/12 ~3 h, stories and forwards
VALIDATION88 = TESTS / "faq_validation88.yaml"  # blind, 3/12 ~5 h 30, what to do now
VALIDATION89 = TESTS / "faq_validation89.yaml"  # blind, 3/12 ~5 h 30, edge of scope
VALIDATION90 = TESTS / "faq_validation90.yaml"  # blind, 3/12 ~7 h 40, one indicator
VALIDATION91 = TESTS / "faq_validation91.yaml"  # blind, 3/12 ~7 h 40, forwarded
VALIDATION92 = TESTS / "faq_validation92.yaml"  # blind, 3/12 ~10 h, phone mix
VALIDATION93 = TESTS / "faq_validation93.yaml"  # blind, 3/12 ~10 h, comparisons
VALIDATION94 = TESTS / "faq_validation94.yaml"  # blind, 3/12 ~12 h 15, dentists
VALIDATION95 = TESTS / "faq_validation95.yaml"  # blind, 3/12 ~12 h 15, FS 2025 and Donum
VALIDATION96 = TESTS / "faq_validation96.yaml"  # blind, 3/12 ~14 h 30, forwarded, third person
VALIDATION97 = TESTS / "faq_validation97.yaml"  # blind, 3/12 ~14 h 30, phone mix
VALIDATION98 = TESTS / "faq_validation98.yaml"  # blind, 3/12 ~16 h 40, general mix, 3 professions
VALIDATION99 = TESTS / "faq_validation99.yaml"  # blind, 3/12 ~16 h 40, advisors, hotlines
VALIDATION100 = TESTS / "faq_validation100.yaml"  # blind, 3/12 ~19 h, situations that change
VALIDATION101 = TESTS / "faq_validation101.yaml"  # blind, 3/12 ~19 h, SMS style
VALIDATION102 = TESTS / "faq_validation102.yaml"  # blind, 3/12 ~22 h 30, phone mix
VALIDATION103 = TESTS / "faq_validation103.yaml"  # blind, 3/12 ~22 h 30, own situation, one ask
VALIDATION104 = TESTS / "faq_validation104.yaml"  # blind, 4/12 ~02 h, advisors forwarding
VALIDATION105 = TESTS / "faq_validation105.yaml"  # blind, 4/12 ~02 h, what to do now
VALIDATION106 = TESTS / "faq_validation106.yaml"  # blind, 4/12 ~04 h, FAMI on the phone
VALIDATION107 = TESTS / "faq_validation107.yaml"  # blind, 4/12 ~04 h, comparisons
VALIDATION108 = TESTS / "faq_validation108.yaml"  # blind, 4/12 ~12 h, several asks, wrong beliefs
VALIDATION109 = TESTS / "faq_validation109.yaml"  # blind, 4/12 ~12 h, comparisons on the phone
VALIDATION110 = TESTS / "faq_validation110.yaml"  # blind, 4/12 ~14 h 40, losses and what was missed
VALIDATION111 = (
    TESTS / "faq_validation111.yaml"
)  # blind, 4/12 ~14 h 40, definitions and acronyms typed badly
VALIDATION112 = TESTS / "faq_validation112.yaml"  # blind, 4/12 ~16 h 55, comparisons and losses
VALIDATION113 = TESTS / "faq_validation113.yaml"  # blind, 4/12 ~16 h 55, Donum and FAMI 2026
DEV_COLLOQUIAL197 = TESTS / "faq_devset_colloquial197.yaml"  # blind, losses and comparisons
DEV_COLLOQUIAL198 = TESTS / "faq_devset_colloquial198.yaml"  # blind, Donum 2026 edge cases
DEV_COLLOQUIAL199 = TESTS / "faq_devset_colloquial199.yaml"  # blind, several asks in one message
DEV_COLLOQUIAL200 = TESTS / "faq_devset_colloquial200.yaml"  # blind, own-office stories
VALIDATION114 = TESTS / "faq_validation114.yaml"  # blind, 4/12 ~19 h, comparisons and losses
VALIDATION115 = TESTS / "faq_validation115.yaml"  # blind, 4/12 ~19 h, advisors with pasted lines
DEV_COLLOQUIAL201 = TESTS / "faq_devset_colloquial201.yaml"  # blind, comparisons and losses
DEV_COLLOQUIAL202 = TESTS / "faq_devset_colloquial202.yaml"  # blind, advisors pasting lines
DEV_COLLOQUIAL203 = TESTS / "faq_devset_colloquial203.yaml"  # blind, Donum and FAMI 2026 details
DEV_COLLOQUIAL204 = TESTS / "faq_devset_colloquial204.yaml"  # blind, several asks, own figures
VALIDATION116 = TESTS / "faq_validation116.yaml"  # blind, 4/12 ~21 h 20, losses and comparisons
VALIDATION117 = TESTS / "faq_validation117.yaml"  # blind, 4/12 ~21 h 20, a region's late-2026 mix
DEV_COLLOQUIAL205 = TESTS / "faq_devset_colloquial205.yaml"  # blind, FAMI 2023-2026 in detail
DEV_COLLOQUIAL206 = TESTS / "faq_devset_colloquial206.yaml"  # blind, comparisons, amounts written
DEV_COLLOQUIAL207 = TESTS / "faq_devset_colloquial207.yaml"  # blind, Donum options in practice
DEV_COLLOQUIAL208 = TESTS / "faq_devset_colloquial208.yaml"  # blind, several asks, stories
VALIDATION118 = TESTS / "faq_validation118.yaml"  # blind, 4/12 ~23 h 20, a month before year-end
VALIDATION119 = TESTS / "faq_validation119.yaml"  # blind, 4/12 ~23 h 20, yes/no on own situation
DEV_COLLOQUIAL209 = TESTS / "faq_devset_colloquial209.yaml"  # blind, yes/no on one precise point
DEV_COLLOQUIAL210 = TESTS / "faq_devset_colloquial210.yaml"  # blind, FAMI 2025-2026 in practice
DEV_COLLOQUIAL211 = TESTS / "faq_devset_colloquial211.yaml"  # blind, dates, what is still doable
DEV_COLLOQUIAL212 = TESTS / "faq_devset_colloquial212.yaml"  # blind, own figures typed on a phone
DEV_COLLOQUIAL213 = TESTS / "faq_devset_colloquial213.yaml"  # blind, close neighbours, 62 OOS
DEV_COLLOQUIAL214 = TESTS / "faq_devset_colloquial214.yaml"  # blind, FS 2025 to Donum 2026
DEV_COLLOQUIAL215 = TESTS / "faq_devset_colloquial215.yaml"  # blind, assistants, couples, SCM
DEV_COLLOQUIAL216 = TESTS / "faq_devset_colloquial216.yaml"  # blind, dictated, numbers in words
DEV_COLLOQUIAL217 = TESTS / "faq_devset_colloquial217.yaml"  # blind, couples, associates, groups
DEV_COLLOQUIAL218 = TESTS / "faq_devset_colloquial218.yaml"  # blind, one year against another
DEV_COLLOQUIAL219 = TESTS / "faq_devset_colloquial219.yaml"  # blind, yes/no that depends
DEV_COLLOQUIAL220 = TESTS / "faq_devset_colloquial220.yaml"  # blind, dictated lists, words
DEV_COLLOQUIAL221 = TESTS / "faq_devset_colloquial221.yaml"  # blind, 2025 story, 2026 asked
DEV_COLLOQUIAL222 = TESTS / "faq_devset_colloquial222.yaml"  # blind, « A ou B ? » choices
DEV_COLLOQUIAL223 = TESTS / "faq_devset_colloquial223.yaml"  # blind, a story then a variation
DEV_COLLOQUIAL224 = TESTS / "faq_devset_colloquial224.yaml"  # blind, someone else's case
DEV_COLLOQUIAL225 = TESTS / "faq_devset_colloquial225.yaml"  # blind, SMS abbreviations
DEV_COLLOQUIAL226 = TESTS / "faq_devset_colloquial226.yaml"  # blind, « pareil », « sauf X »
DEV_COLLOQUIAL227 = TESTS / "faq_devset_colloquial227.yaml"  # blind, « à la place », « si »
DEV_COLLOQUIAL228 = TESTS / "faq_devset_colloquial228.yaml"  # blind, CIS quoting a case
DEV_COLLOQUIAL229 = TESTS / "faq_devset_colloquial229.yaml"  # blind, 5/12 ~9 h 30, years told
DEV_COLLOQUIAL230 = TESTS / "faq_devset_colloquial230.yaml"  # blind, 5/12 ~9 h 30, wrong scheme
DEV_COLLOQUIAL231 = TESTS / "faq_devset_colloquial231.yaml"  # blind, 5/12 ~9 h 30, costs
DEV_COLLOQUIAL232 = TESTS / "faq_devset_colloquial232.yaml"  # blind, 5/12 ~9 h 30, doubt
DEV_COLLOQUIAL233 = TESTS / "faq_devset_colloquial233.yaml"  # blind, 5/12 ~11 h 50, years told
DEV_COLLOQUIAL234 = TESTS / "faq_devset_colloquial234.yaml"  # blind, 5/12 ~11 h 50, FS → Donum
DEV_COLLOQUIAL235 = TESTS / "faq_devset_colloquial235.yaml"  # blind, 5/12 ~11 h 50, lists
DEV_COLLOQUIAL236 = TESTS / "faq_devset_colloquial236.yaml"  # blind, 5/12 ~14 h 30, forwarded
DEV_COLLOQUIAL237 = TESTS / "faq_devset_colloquial237.yaml"  # blind, 5/12 ~14 h 30, shorthand
DEV_COLLOQUIAL238 = TESTS / "faq_devset_colloquial238.yaml"  # blind, 5/12 ~14 h 30, corrected
DEV_COLLOQUIAL239 = TESTS / "faq_devset_colloquial239.yaml"  # blind, 5/12 ~15 h 15, two lists
DEV_COLLOQUIAL240 = TESTS / "faq_devset_colloquial240.yaml"  # blind, 5/12 ~16 h 05, CIS letters
DEV_COLLOQUIAL241 = TESTS / "faq_devset_colloquial241.yaml"  # blind, 5/12 ~16 h 05, late items
DEV_COLLOQUIAL242 = TESTS / "faq_devset_colloquial242.yaml"  # blind, 5/12 ~17 h 10, two years
DEV_COLLOQUIAL243 = TESTS / "faq_devset_colloquial243.yaml"  # blind, 5/12 ~19 h 20, per-year rates
DEV_COLLOQUIAL244 = TESTS / "faq_devset_colloquial244.yaml"  # blind, 5/12 ~19 h 20, context
DEV_COLLOQUIAL245 = TESTS / "faq_devset_colloquial245.yaml"  # blind, 5/12 ~21 h 30, years asked
DEV_COLLOQUIAL246 = TESTS / "faq_devset_colloquial246.yaml"  # blind, 5/12 ~23 h 15, year stories
DEV_COLLOQUIAL247 = TESTS / "faq_devset_colloquial247.yaml"  # blind, 6/12 ~0 h 50, what-if stories
DEV_COLLOQUIAL248 = TESTS / "faq_devset_colloquial248.yaml"  # blind, 6/12 ~0 h 50, CIS forwards
DEV_COLLOQUIAL249 = TESTS / "faq_devset_colloquial249.yaml"  # blind, 6/12 ~1 h 35, year prose
DEV_COLLOQUIAL250 = TESTS / "faq_devset_colloquial250.yaml"  # blind, 6/12 ~3 h 30, year prose
DEV_COLLOQUIAL251 = TESTS / "faq_devset_colloquial251.yaml"  # blind, 6/12 ~3 h 30, year prose
DEV_COLLOQUIAL252 = TESTS / "faq_devset_colloquial252.yaml"  # blind, 6/12 ~4 h, amounts asked
DEV_COLLOQUIAL253 = TESTS / "faq_devset_colloquial253.yaml"  # blind, 6/12 ~4 h, phone stories
DEV_COLLOQUIAL254 = TESTS / "faq_devset_colloquial254.yaml"  # blind, 6/12 ~5 h 40, one long case
DEV_COLLOQUIAL255 = TESTS / "faq_devset_colloquial255.yaml"  # blind, 6/12 ~5 h 40, years asked
DEV_COLLOQUIAL256 = TESTS / "faq_devset_colloquial256.yaml"  # blind, 6/12 ~5 h 40, yes/no after
DEV_COLLOQUIAL257 = TESTS / "faq_devset_colloquial257.yaml"  # blind, 6/12 ~5 h 40, hypotheses
DEV_COLLOQUIAL258 = TESTS / "faq_devset_colloquial258.yaml"  # blind, 6/12 ~8 h 10, years forwarded
DEV_COLLOQUIAL259 = TESTS / "faq_devset_colloquial259.yaml"  # blind, 6/12 ~8 h 10, years, yes/no
DEV_COLLOQUIAL260 = TESTS / "faq_devset_colloquial260.yaml"  # blind, 6/12 ~8 h 10, long own case
DEV_COLLOQUIAL261 = TESTS / "faq_devset_colloquial261.yaml"  # blind, 6/12 ~8 h 10, met or missed
DEV_COLLOQUIAL262 = TESTS / "faq_devset_colloquial262.yaml"  # blind, 6/12 ~10 h 45, years forwarded
DEV_COLLOQUIAL263 = TESTS / "faq_devset_colloquial263.yaml"  # blind, 6/12 ~10 h 45, years asked
DEV_COLLOQUIAL264 = TESTS / "faq_devset_colloquial264.yaml"  # blind, 6/12 ~10 h 45, long own case
DEV_COLLOQUIAL265 = TESTS / "faq_devset_colloquial265.yaml"  # blind, 6/12 ~10 h 45, gaps, phone
DEV_COLLOQUIAL266 = TESTS / "faq_devset_colloquial266.yaml"  # blind, 6/12 ~12 h 30, year stories
DEV_COLLOQUIAL267 = TESTS / "faq_devset_colloquial267.yaml"  # blind, 6/12 ~12 h 30, own long case
DEV_COLLOQUIAL268 = TESTS / "faq_devset_colloquial268.yaml"  # blind, 6/12 ~12 h 30, comparisons
DEV_COLLOQUIAL269 = TESTS / "faq_devset_colloquial269.yaml"  # blind, 6/12 ~12 h 30, forwarded years
DEV_COLLOQUIAL270 = TESTS / "faq_devset_colloquial270.yaml"  # blind, 6/12 ~13 h, stories, context
DEV_COLLOQUIAL271 = TESTS / "faq_devset_colloquial271.yaml"  # blind, 6/12 ~13 h, items, phone
DEV_COLLOQUIAL272 = TESTS / "faq_devset_colloquial272.yaml"  # blind, 6/12 ~13 h, year to year
DEV_COLLOQUIAL273 = TESTS / "faq_devset_colloquial273.yaml"  # blind, 6/12 ~13 h, Donum own rates
DEV_COLLOQUIAL274 = TESTS / "faq_devset_colloquial274.yaml"  # blind, 6/12 ~13 h 15, two asks
DEV_COLLOQUIAL275 = TESTS / "faq_devset_colloquial275.yaml"  # blind, 6/12 ~13 h 15, long stories
DEV_COLLOQUIAL276 = TESTS / "faq_devset_colloquial276.yaml"  # blind, 6/12 ~13 h 15, phone 2025-26
DEV_COLLOQUIAL277 = TESTS / "faq_devset_colloquial277.yaml"  # blind, 6/12 ~13 h 15, years, tables
DEV_COLLOQUIAL278 = TESTS / "faq_devset_colloquial278.yaml"  # blind, 6/12 ~14 h 40, forwarded years
DEV_COLLOQUIAL279 = TESTS / "faq_devset_colloquial279.yaml"  # blind, 6/12 ~14 h 40, amounts asked
DEV_COLLOQUIAL280 = TESTS / "faq_devset_colloquial280.yaml"  # blind, 6/12 ~14 h 40, phone, years
DEV_COLLOQUIAL281 = TESTS / "faq_devset_colloquial281.yaml"  # blind, 6/12 ~14 h 40, next year asked
DEV_COLLOQUIAL282 = TESTS / "faq_devset_colloquial282.yaml"  # blind, 6/12 ~15 h 30, one long case
DEV_COLLOQUIAL283 = TESTS / "faq_devset_colloquial283.yaml"  # blind, 6/12 ~15 h 30, FS to Donum
DEV_COLLOQUIAL284 = TESTS / "faq_devset_colloquial284.yaml"  # blind, 6/12 ~15 h 30, amounts, dates
DEV_COLLOQUIAL285 = TESTS / "faq_devset_colloquial285.yaml"  # blind, 6/12 ~15 h 30, comparisons
DEV_COLLOQUIAL286 = TESTS / "faq_devset_colloquial286.yaml"  # blind, 6/12 ~16 h 40, own stories
DEV_COLLOQUIAL287 = TESTS / "faq_devset_colloquial287.yaml"  # blind, 6/12 ~16 h 40, two asks, SMS
DEV_COLLOQUIAL288 = TESTS / "faq_devset_colloquial288.yaml"  # blind, 6/12 ~16 h 40, what-if, gaps
DEV_COLLOQUIAL289 = TESTS / "faq_devset_colloquial289.yaml"  # blind, 6/12 ~16 h 40, comparisons
DEV_COLLOQUIAL290 = TESTS / "faq_devset_colloquial290.yaml"  # blind, 6/12 ~17 h 10, third person
DEV_COLLOQUIAL291 = TESTS / "faq_devset_colloquial291.yaml"  # blind, 6/12 ~17 h 10, near answers
DEV_COLLOQUIAL292 = TESTS / "faq_devset_colloquial292.yaml"  # blind, 6/12 ~17 h 10, amounts got
DEV_COLLOQUIAL293 = TESTS / "faq_devset_colloquial293.yaml"  # blind, 6/12 ~17 h 10, worried
DEV_COLLOQUIAL294 = TESTS / "faq_devset_colloquial294.yaml"  # blind, 6/12 ~17 h 45, own stories
DEV_COLLOQUIAL295 = TESTS / "faq_devset_colloquial295.yaml"  # blind, 6/12 ~17 h 45, several years
DEV_COLLOQUIAL296 = TESTS / "faq_devset_colloquial296.yaml"  # blind, 6/12 ~17 h 45, dentists
DEV_COLLOQUIAL297 = TESTS / "faq_devset_colloquial297.yaml"  # blind, 6/12 ~17 h 45, 2025 and 2026
DEV_COLLOQUIAL298 = TESTS / "faq_devset_colloquial298.yaml"  # blind, 6/12 ~18 h 45, losses, misses
DEV_COLLOQUIAL299 = TESTS / "faq_devset_colloquial299.yaml"  # blind, 6/12 ~18 h 45, hypotheticals
DEV_COLLOQUIAL300 = TESTS / "faq_devset_colloquial300.yaml"  # blind, 6/12 ~18 h 45, multi-ask
DEV_COLLOQUIAL301 = TESTS / "faq_devset_colloquial301.yaml"  # blind, 6/12 ~18 h 45, cross-scheme
DEV_COLLOQUIAL302 = TESTS / "faq_devset_colloquial302.yaml"  # blind, 6/12 ~19 h 15, several years
DEV_COLLOQUIAL303 = (
    TESTS / "faq_devset_colloquial303.yaml"
)  # blind, 6/12 ~19 h 15, comparisons, losses
DEV_COLLOQUIAL304 = TESTS / "faq_devset_colloquial304.yaml"  # blind, 6/12 ~19 h 15, SMS style
DEV_COLLOQUIAL305 = TESTS / "faq_devset_colloquial305.yaml"  # blind, 6/12 ~19 h 15, what to do now
DEV_COLLOQUIAL306 = TESTS / "faq_devset_colloquial306.yaml"  # blind, 6/12 ~20 h, long stories
DEV_COLLOQUIAL307 = TESTS / "faq_devset_colloquial307.yaml"  # blind, 6/12 ~20 h, CIS forwarding
DEV_COLLOQUIAL308 = TESTS / "faq_devset_colloquial308.yaml"  # blind, 6/12 ~20 h, neighbours around
DEV_COLLOQUIAL309 = TESTS / "faq_devset_colloquial309.yaml"  # blind, 6/12 ~20 h, SMS with figures
DEV_COLLOQUIAL310 = TESTS / "faq_devset_colloquial310.yaml"  # blind, 6/12 ~22 h, everyday mix
DEV_COLLOQUIAL311 = TESTS / "faq_devset_colloquial311.yaml"  # blind, 6/12 ~22 h, SMS quickies
DEV_COLLOQUIAL312 = TESTS / "faq_devset_colloquial312.yaml"  # blind, 6/12 ~22 h, A or B, to do
DEV_COLLOQUIAL313 = TESTS / "faq_devset_colloquial313.yaml"  # blind, 6/12 ~22 h, CIS relaying
DEV_COLLOQUIAL314 = TESTS / "faq_devset_colloquial314.yaml"  # blind, 6/12 ~22 h, a month left
DEV_COLLOQUIAL315 = TESTS / "faq_devset_colloquial315.yaml"  # blind, 6/12 ~22 h, regional
DEV_COLLOQUIAL316 = TESTS / "faq_devset_colloquial316.yaml"  # blind, 6/12 ~22 h, CIS, secretaries
DEV_COLLOQUIAL317 = TESTS / "faq_devset_colloquial317.yaml"  # blind, 6/12 ~22 h, broad mix
DEV_COLLOQUIAL318 = TESTS / "faq_devset_colloquial318.yaml"  # blind, 6/12 ~22 h, Donum/FAMI 2026
DEV_COLLOQUIAL319 = TESTS / "faq_devset_colloquial319.yaml"  # blind, 6/12 ~22 h, short yes/no
DEV_COLLOQUIAL320 = TESTS / "faq_devset_colloquial320.yaml"  # blind, 6/12 ~22 h, CIS, pasted
DEV_COLLOQUIAL321 = TESTS / "faq_devset_colloquial321.yaml"  # blind, 6/12 ~22 h, comparisons
DEV_COLLOQUIAL322 = TESTS / "faq_devset_colloquial322.yaml"  # blind, 6/12 ~22 h 30, acronyms
DEV_COLLOQUIAL323 = TESTS / "faq_devset_colloquial323.yaml"  # blind, 6/12 ~22 h 30, FAMI
DEV_COLLOQUIAL324 = TESTS / "faq_devset_colloquial324.yaml"  # blind, 6/12 ~22 h 30, own case
DEV_COLLOQUIAL325 = TESTS / "faq_devset_colloquial325.yaml"  # blind, 6/12 ~22 h 30, changes
DEV_COLLOQUIAL326 = TESTS / "faq_devset_colloquial326.yaml"  # blind, 6/12 ~22 h 45, forwarded
DEV_COLLOQUIAL327 = TESTS / "faq_devset_colloquial327.yaml"  # blind, 6/12 ~22 h 45, FS vs Donum
DEV_COLLOQUIAL328 = TESTS / "faq_devset_colloquial328.yaml"  # blind, 6/12 ~22 h 45, comparisons
DEV_COLLOQUIAL329 = TESTS / "faq_devset_colloquial329.yaml"  # blind, 6/12 ~22 h 45, SMS mix
DEV_COLLOQUIAL330 = TESTS / "faq_devset_colloquial330.yaml"  # blind, 6/12 ~23 h, forwarded
DEV_COLLOQUIAL331 = TESTS / "faq_devset_colloquial331.yaml"  # blind, 6/12 ~23 h, one indicator
DEV_COLLOQUIAL332 = TESTS / "faq_devset_colloquial332.yaml"  # blind, 6/12 ~23 h, December mix
DEV_COLLOQUIAL333 = TESTS / "faq_devset_colloquial333.yaml"  # blind, 6/12 ~23 h, own case, total
DEV_COLLOQUIAL334 = TESTS / "faq_devset_colloquial334.yaml"  # blind, 6/12 ~23 h 45, mix, phone
DEV_COLLOQUIAL335 = TESTS / "faq_devset_colloquial335.yaml"  # blind, 6/12 ~23 h 45, SMS, bare rates
DEV_COLLOQUIAL336 = TESTS / "faq_devset_colloquial336.yaml"  # blind, 6/12 ~23 h 45, Dec 2026 mix
DEV_COLLOQUIAL337 = TESTS / "faq_devset_colloquial337.yaml"  # blind, 6/12 ~23 h 45, yes/no, phone
DEV_COLLOQUIAL338 = TESTS / "faq_devset_colloquial338.yaml"  # blind, 7/12 ~0 h, dentists, FAMI
DEV_COLLOQUIAL339 = TESTS / "faq_devset_colloquial339.yaml"  # blind, 7/12 ~0 h, edge of scope
DEV_COLLOQUIAL340 = TESTS / "faq_devset_colloquial340.yaml"  # blind, 7/12 ~0 h, one region
DEV_COLLOQUIAL341 = TESTS / "faq_devset_colloquial341.yaml"  # blind, 7/12 ~0 h, Dec 2026 mix
DEV_COLLOQUIAL342 = TESTS / "faq_devset_colloquial342.yaml"  # blind, 7/12 ~0 h 30, FAMI, assistants
DEV_COLLOQUIAL343 = TESTS / "faq_devset_colloquial343.yaml"  # blind, 7/12 ~0 h 30, GPs near targets
DEV_COLLOQUIAL344 = TESTS / "faq_devset_colloquial344.yaml"  # blind, 7/12 ~0 h 30, forwarded, long
DEV_COLLOQUIAL345 = TESTS / "faq_devset_colloquial345.yaml"  # blind, 7/12 ~0 h 30, Dec 2026 mix
DEV_COLLOQUIAL346 = TESTS / "faq_devset_colloquial346.yaml"  # blind, 7/12 ~0 h 50, long stories
DEV_COLLOQUIAL347 = TESTS / "faq_devset_colloquial347.yaml"  # blind, 7/12 ~0 h 50, Dec 2026 mix
DEV_COLLOQUIAL348 = TESTS / "faq_devset_colloquial348.yaml"  # blind, 7/12 ~0 h 50, Dec 2026 mix
DEV_COLLOQUIAL349 = TESTS / "faq_devset_colloquial349.yaml"  # blind, 7/12 ~0 h 50, own messages
DEV_COLLOQUIAL350 = TESTS / "faq_devset_colloquial350.yaml"  # blind, 7/12 ~1 h, third person
DEV_COLLOQUIAL351 = TESTS / "faq_devset_colloquial351.yaml"  # blind, 7/12 ~1 h, dentists, figures
DEV_COLLOQUIAL352 = TESTS / "faq_devset_colloquial352.yaml"  # blind, 7/12 ~1 h, forwarded
DEV_COLLOQUIAL353 = TESTS / "faq_devset_colloquial353.yaml"  # blind, 7/12 ~1 h, FAMI received
DEV_COLLOQUIAL354 = TESTS / "faq_devset_colloquial354.yaml"  # blind, 7/12 ~2 h, FS stories
DEV_COLLOQUIAL355 = TESTS / "faq_devset_colloquial355.yaml"  # blind, 7/12 ~2 h, thresholds
DEV_COLLOQUIAL356 = TESTS / "faq_devset_colloquial356.yaml"  # blind, 7/12 ~2 h, FAMI items
DEV_COLLOQUIAL357 = TESTS / "faq_devset_colloquial357.yaml"  # blind, 7/12 ~2 h, FAMI forwarded
DEV_COLLOQUIAL358 = TESTS / "faq_devset_colloquial358.yaml"  # blind, 7/12 ~2 h 50, associates
DEV_COLLOQUIAL359 = TESTS / "faq_devset_colloquial359.yaml"  # blind, 7/12 ~2 h 50, FAMI SMS
DEV_COLLOQUIAL360 = TESTS / "faq_devset_colloquial360.yaml"  # blind, 7/12 ~2 h 50, Donum vs FS
DEV_COLLOQUIAL361 = TESTS / "faq_devset_colloquial361.yaml"  # blind, 7/12 ~2 h 50, own figures
DEV_COLLOQUIAL362 = TESTS / "faq_devset_colloquial362.yaml"  # blind, 7/12 ~4 h 20, fwd, two asks
DEV_COLLOQUIAL363 = TESTS / "faq_devset_colloquial363.yaml"  # blind, 7/12 ~4 h 20, own-case years
DEV_COLLOQUIAL364 = TESTS / "faq_devset_colloquial364.yaml"  # blind, 7/12 ~4 h 20, definitions
DEV_COLLOQUIAL365 = TESTS / "faq_devset_colloquial365.yaml"  # blind, 7/12 ~4 h 20, CIS, many people
DEV_COLLOQUIAL366 = TESTS / "faq_devset_colloquial366.yaml"  # blind, 7/12 ~4 h 40, FS to Donum
DEV_COLLOQUIAL367 = TESTS / "faq_devset_colloquial367.yaml"  # blind, 7/12 ~4 h 40, FAMI own years
DEV_COLLOQUIAL368 = TESTS / "faq_devset_colloquial368.yaml"  # blind, 7/12 ~4 h 40, CIS, one ask
DEV_COLLOQUIAL369 = TESTS / "faq_devset_colloquial369.yaml"  # blind, 7/12 ~4 h 40, own situation
DEV_COLLOQUIAL370 = TESTS / "faq_devset_colloquial370.yaml"  # blind, 7/12 ~5 h 05, a week's mix
DEV_COLLOQUIAL371 = TESTS / "faq_devset_colloquial371.yaml"  # blind, 7/12 ~5 h 05, years named
DEV_COLLOQUIAL372 = TESTS / "faq_devset_colloquial372.yaml"  # blind, 7/12 ~5 h 05, near thresholds
DEV_COLLOQUIAL373 = TESTS / "faq_devset_colloquial373.yaml"  # blind, 7/12 ~5 h 05, long stories
DEV_COLLOQUIAL374 = TESTS / "faq_devset_colloquial374.yaml"  # blind, 7/12 ~6 h 50, years
DEV_COLLOQUIAL375 = TESTS / "faq_devset_colloquial375.yaml"  # blind, 7/12 ~6 h 50, near thresholds
DEV_COLLOQUIAL376 = TESTS / "faq_devset_colloquial376.yaml"  # blind, 7/12 ~6 h 50, long stories
DEV_COLLOQUIAL377 = TESTS / "faq_devset_colloquial377.yaml"  # blind, 7/12 ~6 h 50, whole subject
DEV_COLLOQUIAL378 = TESTS / "faq_devset_colloquial378.yaml"  # blind, 7/12 ~7 h 15, near thresholds
DEV_COLLOQUIAL379 = TESTS / "faq_devset_colloquial379.yaml"  # blind, 7/12 ~7 h 15, years
DEV_COLLOQUIAL380 = TESTS / "faq_devset_colloquial380.yaml"  # blind, 7/12 ~7 h 15, whole subject
DEV_COLLOQUIAL381 = TESTS / "faq_devset_colloquial381.yaml"  # blind, 7/12 ~7 h 15, phone messages
DEV_COLLOQUIAL382 = TESTS / "faq_devset_colloquial382.yaml"  # blind, 7/12 ~7 h 50, forwarded
DEV_COLLOQUIAL383 = TESTS / "faq_devset_colloquial383.yaml"  # blind, 7/12 ~7 h 50, years named
DEV_COLLOQUIAL384 = TESTS / "faq_devset_colloquial384.yaml"  # blind, 7/12 ~7 h 50, whole subject
DEV_COLLOQUIAL385 = TESTS / "faq_devset_colloquial385.yaml"  # blind, 7/12 ~7 h 50, first messages
DEV_COLLOQUIAL386 = TESTS / "faq_devset_colloquial386.yaml"  # blind, 7/12 ~8 h 45, across the years
DEV_COLLOQUIAL387 = TESTS / "faq_devset_colloquial387.yaml"  # blind, 7/12 ~8 h 45, SMS and forwards
DEV_COLLOQUIAL388 = TESTS / "faq_devset_colloquial388.yaml"  # blind, 7/12 ~8 h 45, long stories
DEV_COLLOQUIAL389 = TESTS / "faq_devset_colloquial389.yaml"  # blind, 7/12 ~8 h 45, named years
DEV_COLLOQUIAL390 = TESTS / "faq_devset_colloquial390.yaml"  # blind, 7/12 ~9 h, mixed styles
DEV_COLLOQUIAL391 = TESTS / "faq_devset_colloquial391.yaml"  # blind, 7/12 ~9 h, médecins first
DEV_COLLOQUIAL392 = TESTS / "faq_devset_colloquial392.yaml"  # blind, 7/12 ~9 h, dentists first
DEV_COLLOQUIAL393 = TESTS / "faq_devset_colloquial393.yaml"  # blind, 7/12 ~9 h, forwards
DEV_COLLOQUIAL394 = TESTS / "faq_devset_colloquial394.yaml"  # blind, 7/12 ~9 h 15, a month
DEV_COLLOQUIAL395 = TESTS / "faq_devset_colloquial395.yaml"  # blind, 7/12 ~9 h 15, médecins mix
DEV_COLLOQUIAL396 = TESTS / "faq_devset_colloquial396.yaml"  # blind, 7/12 ~9 h 15, general mix
DEV_COLLOQUIAL397 = TESTS / "faq_devset_colloquial397.yaml"  # blind, 7/12 ~9 h 15, whole subject
DEV_COLLOQUIAL398 = TESTS / "faq_devset_colloquial398.yaml"  # blind, 7/12 ~9 h 40, whole subject
DEV_COLLOQUIAL399 = TESTS / "faq_devset_colloquial399.yaml"  # blind, 7/12 ~9 h 40, whole subject
DEV_COLLOQUIAL400 = TESTS / "faq_devset_colloquial400.yaml"  # blind, 7/12 ~9 h 40, whole subject
DEV_COLLOQUIAL401 = TESTS / "faq_devset_colloquial401.yaml"  # blind, 7/12 ~9 h 40, whole subject
DEV_COLLOQUIAL402 = TESTS / "faq_devset_colloquial402.yaml"  # blind, 7/12 ~11 h, long stories
DEV_COLLOQUIAL403 = TESTS / "faq_devset_colloquial403.yaml"  # blind, 7/12 ~11 h, own case 2025/26
DEV_COLLOQUIAL404 = TESTS / "faq_devset_colloquial404.yaml"  # blind, 7/12 ~11 h, own-case sums
DEV_COLLOQUIAL405 = TESTS / "faq_devset_colloquial405.yaml"  # blind, 7/12 ~11 h, two at once, SMS
DEV_COLLOQUIAL406 = TESTS / "faq_devset_colloquial406.yaml"  # blind, 7/12 ~11 h 15, FAMI, terms
DEV_COLLOQUIAL407 = TESTS / "faq_devset_colloquial407.yaml"  # blind, 7/12 ~11 h 15, the switch
DEV_COLLOQUIAL408 = TESTS / "faq_devset_colloquial408.yaml"  # blind, 7/12 ~11 h 15, whole subject
DEV_COLLOQUIAL409 = TESTS / "faq_devset_colloquial409.yaml"  # blind, 7/12 ~11 h 15, whole subject
DEV_COLLOQUIAL410 = TESTS / "faq_devset_colloquial410.yaml"  # blind, 7/12 ~11 h 30, own case 2025-6
DEV_COLLOQUIAL411 = TESTS / "faq_devset_colloquial411.yaml"  # blind, 7/12 ~11 h 30, amounts read
DEV_COLLOQUIAL412 = TESTS / "faq_devset_colloquial412.yaml"  # blind, 7/12 ~11 h 30, hearsay
DEV_COLLOQUIAL413 = TESTS / "faq_devset_colloquial413.yaml"  # blind, 7/12 ~11 h 30, own case, phone
DEV_COLLOQUIAL414 = TESTS / "faq_devset_colloquial414.yaml"  # blind, 7/12 ~11 h 50, amounts
DEV_COLLOQUIAL415 = TESTS / "faq_devset_colloquial415.yaml"  # blind, 7/12 ~11 h 50, Donum own rates
DEV_COLLOQUIAL416 = TESTS / "faq_devset_colloquial416.yaml"  # blind, 7/12 ~11 h 50, FAMI received
DEV_COLLOQUIAL417 = TESTS / "faq_devset_colloquial417.yaml"  # blind, 7/12 ~11 h 50, forwarded
DEV_COLLOQUIAL418 = TESTS / "faq_devset_colloquial418.yaml"  # blind, 7/12 ~12 h, phone, 2025-6
DEV_COLLOQUIAL419 = TESTS / "faq_devset_colloquial419.yaml"  # blind, 7/12 ~12 h, near thresholds
DEV_COLLOQUIAL420 = TESTS / "faq_devset_colloquial420.yaml"  # blind, 7/12 ~12 h, forwarded
DEV_COLLOQUIAL421 = TESTS / "faq_devset_colloquial421.yaml"  # blind, 7/12 ~12 h, general mix
DEV_COLLOQUIAL422 = TESTS / "faq_devset_colloquial422.yaml"  # blind, 7/12 ~14 h, long stories
DEV_COLLOQUIAL423 = TESTS / "faq_devset_colloquial423.yaml"  # blind, 7/12 ~14 h, general mix
DEV_COLLOQUIAL424 = TESTS / "faq_devset_colloquial424.yaml"  # blind, 7/12 ~14 h, general mix
DEV_COLLOQUIAL425 = TESTS / "faq_devset_colloquial425.yaml"  # blind, 7/12 ~14 h, general mix
DEV_COLLOQUIAL426 = TESTS / "faq_devset_colloquial426.yaml"  # blind, 7/12 ~14 h 20, forwarded, SMS
DEV_COLLOQUIAL427 = TESTS / "faq_devset_colloquial427.yaml"  # blind, 7/12 ~14 h 20, dentists' FAMI
DEV_COLLOQUIAL428 = TESTS / "faq_devset_colloquial428.yaml"  # blind, 7/12 ~14 h 20, general mix
DEV_COLLOQUIAL429 = TESTS / "faq_devset_colloquial429.yaml"  # blind, 7/12 ~14 h 20, stories
DEV_COLLOQUIAL430 = TESTS / "faq_devset_colloquial430.yaml"  # blind, 7/12 ~15 h 45, mix
DEV_COLLOQUIAL431 = TESTS / "faq_devset_colloquial431.yaml"  # blind, 7/12 ~15 h 45, own situation
DEV_COLLOQUIAL432 = TESTS / "faq_devset_colloquial432.yaml"  # blind, 7/12 ~15 h 45, what to do now
DEV_COLLOQUIAL433 = TESTS / "faq_devset_colloquial433.yaml"  # blind, 7/12 ~15 h 45, one indicator
DEV_COLLOQUIAL434 = TESTS / "faq_devset_colloquial434.yaml"  # blind, 7/12 ~16 h 30, forwarded
DEV_COLLOQUIAL435 = TESTS / "faq_devset_colloquial435.yaml"  # blind, 7/12 ~16 h 30, phone mix
DEV_COLLOQUIAL436 = TESTS / "faq_devset_colloquial436.yaml"  # blind, 7/12 ~16 h 30, compared
DEV_COLLOQUIAL437 = TESTS / "faq_devset_colloquial437.yaml"  # blind, 7/12 ~16 h 30, dentists
DEV_COLLOQUIAL438 = TESTS / "faq_devset_colloquial438.yaml"  # blind, 7/12 ~17 h, FS vs Donum
DEV_COLLOQUIAL439 = TESTS / "faq_devset_colloquial439.yaml"  # blind, 7/12 ~17 h, relayed
DEV_COLLOQUIAL440 = TESTS / "faq_devset_colloquial440.yaml"  # blind, 7/12 ~17 h, phone mix
DEV_COLLOQUIAL441 = TESTS / "faq_devset_colloquial441.yaml"  # blind, 7/12 ~17 h, early December mix
DEV_COLLOQUIAL442 = TESTS / "faq_devset_colloquial442.yaml"  # blind, 7/12 ~18 h 20, forwarded
DEV_COLLOQUIAL443 = TESTS / "faq_devset_colloquial443.yaml"  # blind, 7/12 ~18 h 20, changes
DEV_COLLOQUIAL444 = TESTS / "faq_devset_colloquial444.yaml"  # blind, 7/12 ~18 h 20, edge of scope
DEV_COLLOQUIAL445 = TESTS / "faq_devset_colloquial445.yaml"  # blind, 7/12 ~18 h 20, December GP mix
DEV_COLLOQUIAL446 = TESTS / "faq_devset_colloquial446.yaml"  # blind, 7/12 ~18 h 35, long stories
DEV_COLLOQUIAL447 = TESTS / "faq_devset_colloquial447.yaml"  # blind, 7/12 ~18 h 35, SMS one-liners
DEV_COLLOQUIAL448 = TESTS / "faq_devset_colloquial448.yaml"  # blind, 7/12 ~18 h 35, phone-typed mix
DEV_COLLOQUIAL449 = TESTS / "faq_devset_colloquial449.yaml"  # blind, 7/12 ~18 h 35, own situation
DEV_COLLOQUIAL450 = TESTS / "faq_devset_colloquial450.yaml"  # blind, 7/12 ~18 h 40, CIS forwarding
DEV_COLLOQUIAL451 = TESTS / "faq_devset_colloquial451.yaml"  # blind, 7/12 ~18 h 40, what now
DEV_COLLOQUIAL452 = TESTS / "faq_devset_colloquial452.yaml"  # blind, 7/12 ~18 h 40, FAMI households
DEV_COLLOQUIAL453 = TESTS / "faq_devset_colloquial453.yaml"  # blind, 7/12 ~18 h 40, comparisons
DEV_COLLOQUIAL454 = TESTS / "faq_devset_colloquial454.yaml"  # blind, 7/12 ~18 h 50, several asks
DEV_COLLOQUIAL455 = TESTS / "faq_devset_colloquial455.yaml"  # blind, 7/12 ~18 h 50, compared
DEV_COLLOQUIAL456 = TESTS / "faq_devset_colloquial456.yaml"  # blind, 7/12 ~18 h 50, losses
DEV_COLLOQUIAL457 = TESTS / "faq_devset_colloquial457.yaml"  # blind, 7/12 ~18 h 50, definitions
DEV_COLLOQUIAL458 = TESTS / "faq_devset_colloquial458.yaml"  # blind, 7/12 ~19 h, compared, lost
DEV_COLLOQUIAL459 = TESTS / "faq_devset_colloquial459.yaml"  # blind, 7/12 ~19 h, first Donum year
DEV_COLLOQUIAL460 = TESTS / "faq_devset_colloquial460.yaml"  # blind, 7/12 ~19 h, compared again
DEV_COLLOQUIAL461 = TESTS / "faq_devset_colloquial461.yaml"  # blind, 7/12 ~19 h, CIS, pasted lines
DEV_COLLOQUIAL462 = TESTS / "faq_devset_colloquial462.yaml"  # blind, 7/12 ~20 h, losses, compared
DEV_COLLOQUIAL463 = TESTS / "faq_devset_colloquial463.yaml"  # blind, 7/12 ~20 h, Martinique
DEV_COLLOQUIAL464 = TESTS / "faq_devset_colloquial464.yaml"  # blind, 7/12 ~20 h, before 31/12
DEV_COLLOQUIAL465 = TESTS / "faq_devset_colloquial465.yaml"  # blind, 7/12 ~20 h, yes/no, own case
DEV_COLLOQUIAL466 = TESTS / "faq_devset_colloquial466.yaml"  # blind, 7/12 ~20 h, CIS, pasting
DEV_COLLOQUIAL467 = TESTS / "faq_devset_colloquial467.yaml"  # blind, 7/12 ~20 h, close neighbours
DEV_COLLOQUIAL468 = TESTS / "faq_devset_colloquial468.yaml"  # blind, 7/12 ~20 h, everyday mix
DEV_COLLOQUIAL469 = TESTS / "faq_devset_colloquial469.yaml"  # blind, 7/12 ~20 h, two questions
DEV_COLLOQUIAL470 = TESTS / "faq_devset_colloquial470.yaml"  # blind, 7/12 ~20 h, still doable
DEV_COLLOQUIAL471 = TESTS / "faq_devset_colloquial471.yaml"  # blind, 7/12 ~20 h, CIS, secretaries
DEV_COLLOQUIAL472 = TESTS / "faq_devset_colloquial472.yaml"  # blind, 7/12 ~20 h, SMS style
DEV_COLLOQUIAL473 = TESTS / "faq_devset_colloquial473.yaml"  # blind, 7/12 ~20 h, substitutions
DEV_COLLOQUIAL474 = TESTS / "faq_devset_colloquial474.yaml"  # blind, 7/12 ~20 h 40, stories
DEV_COLLOQUIAL475 = TESTS / "faq_devset_colloquial475.yaml"  # blind, 7/12 ~20 h 40, schemes
DEV_COLLOQUIAL476 = TESTS / "faq_devset_colloquial476.yaml"  # blind, 7/12 ~20 h 40, years
DEV_COLLOQUIAL477 = TESTS / "faq_devset_colloquial477.yaml"  # blind, 7/12 ~20 h 40, items
DEV_COLLOQUIAL478 = TESTS / "faq_devset_colloquial478.yaml"  # blind, 7/12 ~21 h, one year, another
DEV_COLLOQUIAL479 = TESTS / "faq_devset_colloquial479.yaml"  # blind, 7/12 ~21 h, near answers
DEV_COLLOQUIAL480 = TESTS / "faq_devset_colloquial480.yaml"  # blind, 7/12 ~21 h, quick phone
DEV_COLLOQUIAL481 = TESTS / "faq_devset_colloquial481.yaml"  # blind, 7/12 ~21 h, two exercices
DEV_COLLOQUIAL482 = TESTS / "faq_devset_colloquial482.yaml"  # blind, 7/12 ~23 h, amounts
DEV_COLLOQUIAL483 = TESTS / "faq_devset_colloquial483.yaml"  # blind, 7/12 ~23 h, one year
DEV_COLLOQUIAL484 = TESTS / "faq_devset_colloquial484.yaml"  # blind, 7/12 ~23 h, years
DEV_COLLOQUIAL485 = TESTS / "faq_devset_colloquial485.yaml"  # blind, 7/12 ~23 h, phone
DEV_COLLOQUIAL486 = TESTS / "faq_devset_colloquial486.yaml"  # blind, 7/12 ~23 h, CIS prose
DEV_COLLOQUIAL487 = TESTS / "faq_devset_colloquial487.yaml"  # blind, 7/12 ~23 h, what-if
DEV_COLLOQUIAL488 = TESTS / "faq_devset_colloquial488.yaml"  # blind, 7/12 ~23 h, everyday
DEV_COLLOQUIAL489 = TESTS / "faq_devset_colloquial489.yaml"  # blind, 7/12 ~23 h, third person
DEV_COLLOQUIAL490 = TESTS / "faq_devset_colloquial490.yaml"  # blind, 8/12 ~1 h, years, 3rd person
DEV_COLLOQUIAL491 = TESTS / "faq_devset_colloquial491.yaml"  # blind, 8/12 ~1 h, « pareil sauf »
DEV_COLLOQUIAL492 = TESTS / "faq_devset_colloquial492.yaml"  # blind, 8/12 ~1 h, one long exercice
DEV_COLLOQUIAL493 = TESTS / "faq_devset_colloquial493.yaml"  # blind, 8/12 ~1 h, Donum 2026 rates
DEV_COLLOQUIAL494 = TESTS / "faq_devset_colloquial494.yaml"  # blind, 8/12 ~1 h 40, years, every sum
DEV_COLLOQUIAL495 = TESTS / "faq_devset_colloquial495.yaml"  # blind, 8/12 ~1 h 40, what changes
DEV_COLLOQUIAL496 = TESTS / "faq_devset_colloquial496.yaml"  # blind, 8/12 ~1 h 40, 3rd person
DEV_COLLOQUIAL497 = TESTS / "faq_devset_colloquial497.yaml"  # blind, 8/12 ~1 h 40, one long case
VALIDATION120 = TESTS / "faq_validation120.yaml"  # blind, 5/12 ~1 h 20, CIS forwarding, pasting
VALIDATION121 = TESTS / "faq_validation121.yaml"  # blind, 5/12 ~1 h 20, close neighbours
VALIDATION122 = TESTS / "faq_validation122.yaml"  # blind, 5/12 ~3 h 20, everyday mix on 5/12
VALIDATION123 = TESTS / "faq_validation123.yaml"  # blind, 5/12 ~3 h 20, two questions, follow-ups
VALIDATION124 = TESTS / "faq_validation124.yaml"  # blind, 5/12 ~5 h 10, still doable, A or B
VALIDATION125 = TESTS / "faq_validation125.yaml"  # blind, 5/12 ~5 h 10, CIS in the third person
VALIDATION126 = TESTS / "faq_validation126.yaml"  # blind, 5/12 ~7 h 20, SMS abbreviations
VALIDATION127 = TESTS / "faq_validation127.yaml"  # blind, 5/12 ~7 h 20, substitutions, « si »
VALIDATION128 = TESTS / "faq_validation128.yaml"  # blind, 5/12 ~9 h 30, years told, follow-ups
VALIDATION129 = TESTS / "faq_validation129.yaml"  # blind, 5/12 ~9 h 30, wrong scheme, costs
VALIDATION130 = TESTS / "faq_validation130.yaml"  # blind, 5/12 ~11 h 50, one year → another
VALIDATION131 = TESTS / "faq_validation131.yaml"  # blind, 5/12 ~11 h 50, lists met / missed
VALIDATION132 = TESTS / "faq_validation132.yaml"  # blind, 5/12 ~14 h 30, lists over two years
VALIDATION133 = TESTS / "faq_validation133.yaml"  # blind, 5/12 ~14 h 30, near answers wrong
VALIDATION134 = TESTS / "faq_validation134.yaml"  # blind, 5/12 ~16 h 05, everyday mix
VALIDATION135 = TESTS / "faq_validation135.yaml"  # blind, 5/12 ~16 h 05, two exercices
VALIDATION136 = TESTS / "faq_validation136.yaml"  # blind, 5/12 ~21 h 30, years' amounts asked
VALIDATION137 = TESTS / "faq_validation137.yaml"  # blind, 5/12 ~21 h 30, one year's whole case
VALIDATION138 = TESTS / "faq_validation138.yaml"  # blind, 5/12 ~22 h 15, years asked, all styles
VALIDATION139 = TESTS / "faq_validation139.yaml"  # blind, 5/12 ~23 h 15, year stories by phone
VALIDATION140 = TESTS / "faq_validation140.yaml"  # blind, 5/12 ~23 h 15, year stories forwarded
VALIDATION141 = TESTS / "faq_validation141.yaml"  # blind, 6/12 ~0 h 50, what-if and gaps
VALIDATION142 = TESTS / "faq_validation142.yaml"  # blind, 6/12 ~0 h 50, everyday questions
VALIDATION143 = TESTS / "faq_validation143.yaml"  # blind, 6/12 ~3 h 30, year prose forwarded
TUNED = "(tuned on)"
SETS = [
    (f"development set {TUNED}", DEVSET),
    (f"colloquial development set {TUNED}", DEV_COLLOQUIAL),
    (f"colloquial development set 2 {TUNED}", DEV_COLLOQUIAL2),
    (f"colloquial development set 3 {TUNED}", DEV_COLLOQUIAL3),
    (f"colloquial development set 4 {TUNED}", DEV_COLLOQUIAL4),
    (f"colloquial development set 5 {TUNED}", DEV_COLLOQUIAL5),
    (f"colloquial development set 6 {TUNED}", DEV_COLLOQUIAL6),
    (f"colloquial development set 7 {TUNED}", DEV_COLLOQUIAL7),
    (f"colloquial development set 8 {TUNED}", DEV_COLLOQUIAL8),
    (f"colloquial development set 9 {TUNED}", DEV_COLLOQUIAL9),
    (f"colloquial development set 10 {TUNED}", DEV_COLLOQUIAL10),
    (f"colloquial development set 11 {TUNED}", DEV_COLLOQUIAL11),
    (f"colloquial development set 12 {TUNED}", DEV_COLLOQUIAL12),
    (f"colloquial development set 13 {TUNED}", DEV_COLLOQUIAL13),
    (f"colloquial development set 14 {TUNED}", DEV_COLLOQUIAL14),
    (f"colloquial development set 15 {TUNED}", DEV_COLLOQUIAL15),
    (f"colloquial development set 16 {TUNED}", DEV_COLLOQUIAL16),
    (f"colloquial development set 17 {TUNED}", DEV_COLLOQUIAL17),
    (f"colloquial development set 18 {TUNED}", DEV_COLLOQUIAL18),
    (f"colloquial development set 19 {TUNED}", DEV_COLLOQUIAL19),
    (f"colloquial development set 20 {TUNED}", DEV_COLLOQUIAL20),
    (f"colloquial development set 21 {TUNED}", DEV_COLLOQUIAL21),
    (f"colloquial development set 22 {TUNED}", DEV_COLLOQUIAL22),
    (f"colloquial development set 23 {TUNED}", DEV_COLLOQUIAL23),
    (f"colloquial development set 24 {TUNED}", DEV_COLLOQUIAL24),
    (f"colloquial development set 25 {TUNED}", DEV_COLLOQUIAL25),
    (f"colloquial development set 26 {TUNED}", DEV_COLLOQUIAL26),
    (f"colloquial development set 27 {TUNED}", DEV_COLLOQUIAL27),
    (f"colloquial development set 28 {TUNED}", DEV_COLLOQUIAL28),
    (f"colloquial development set 29 {TUNED}", DEV_COLLOQUIAL29),
    (f"colloquial development set 30 {TUNED}", DEV_COLLOQUIAL30),
    (f"colloquial development set 31 {TUNED}", DEV_COLLOQUIAL31),
    (f"colloquial development set 32 {TUNED}", DEV_COLLOQUIAL32),
    (f"colloquial development set 33 {TUNED}", DEV_COLLOQUIAL33),
    (f"colloquial development set 34 {TUNED}", DEV_COLLOQUIAL34),
    (f"colloquial development set 35 {TUNED}", DEV_COLLOQUIAL35),
    (f"colloquial development set 36 {TUNED}", DEV_COLLOQUIAL36),
    (f"colloquial development set 37 {TUNED}", DEV_COLLOQUIAL37),
    (f"colloquial development set 38 {TUNED}", DEV_COLLOQUIAL38),
    (f"colloquial development set 39 {TUNED}", DEV_COLLOQUIAL39),
    (f"colloquial development set 40 {TUNED}", DEV_COLLOQUIAL40),
    (f"colloquial development set 41 {TUNED}", DEV_COLLOQUIAL41),
    (f"colloquial development set 42 {TUNED}", DEV_COLLOQUIAL42),
    (f"colloquial development set 43 {TUNED}", DEV_COLLOQUIAL43),
    (f"colloquial development set 44 {TUNED}", DEV_COLLOQUIAL44),
    (f"colloquial development set 45 {TUNED}", DEV_COLLOQUIAL45),
    (f"colloquial development set 46 {TUNED}", DEV_COLLOQUIAL46),
    (f"colloquial development set 47 {TUNED}", DEV_COLLOQUIAL47),
    (f"colloquial development set 48 {TUNED}", DEV_COLLOQUIAL48),
    (f"colloquial development set 49 {TUNED}", DEV_COLLOQUIAL49),
    (f"colloquial development set 50 {TUNED}", DEV_COLLOQUIAL50),
    (f"colloquial development set 51 {TUNED}", DEV_COLLOQUIAL51),
    (f"colloquial development set 52 {TUNED}", DEV_COLLOQUIAL52),
    (f"colloquial development set 53 {TUNED}", DEV_COLLOQUIAL53),
    (f"colloquial development set 54 {TUNED}", DEV_COLLOQUIAL54),
    (f"colloquial development set 55 {TUNED}", DEV_COLLOQUIAL55),
    (f"colloquial development set 56 {TUNED}", DEV_COLLOQUIAL56),
    (f"colloquial development set 57 {TUNED}", DEV_COLLOQUIAL57),
    (f"colloquial development set 58 {TUNED}", DEV_COLLOQUIAL58),
    (f"colloquial development set 59 {TUNED}", DEV_COLLOQUIAL59),
    (f"colloquial development set 60 {TUNED}", DEV_COLLOQUIAL60),
    (f"colloquial development set 61 {TUNED}", DEV_COLLOQUIAL61),
    (f"colloquial development set 62 {TUNED}", DEV_COLLOQUIAL62),
    (f"colloquial development set 63 {TUNED}", DEV_COLLOQUIAL63),
    (f"colloquial development set 64 {TUNED}", DEV_COLLOQUIAL64),
    (f"colloquial development set 65 {TUNED}", DEV_COLLOQUIAL65),
    (f"colloquial development set 66 {TUNED}", DEV_COLLOQUIAL66),
    (f"colloquial development set 67 {TUNED}", DEV_COLLOQUIAL67),
    (f"colloquial development set 68 {TUNED}", DEV_COLLOQUIAL68),
    (f"colloquial development set 69 {TUNED}", DEV_COLLOQUIAL69),
    (f"colloquial development set 70 {TUNED}", DEV_COLLOQUIAL70),
    (f"colloquial development set 71 {TUNED}", DEV_COLLOQUIAL71),
    (f"colloquial development set 72 {TUNED}", DEV_COLLOQUIAL72),
    (f"colloquial development set 73 {TUNED}", DEV_COLLOQUIAL73),
    (f"colloquial development set 74 {TUNED}", DEV_COLLOQUIAL74),
    (f"colloquial development set 75 {TUNED}", DEV_COLLOQUIAL75),
    (f"colloquial development set 76 {TUNED}", DEV_COLLOQUIAL76),
    (f"colloquial development set 77 {TUNED}", DEV_COLLOQUIAL77),
    (f"colloquial development set 78 {TUNED}", DEV_COLLOQUIAL78),
    (f"colloquial development set 79 {TUNED}", DEV_COLLOQUIAL79),
    (f"colloquial development set 80 {TUNED}", DEV_COLLOQUIAL80),
    (f"colloquial development set 81 {TUNED}", DEV_COLLOQUIAL81),
    (f"colloquial development set 82 {TUNED}", DEV_COLLOQUIAL82),
    (f"colloquial development set 83 {TUNED}", DEV_COLLOQUIAL83),
    (f"colloquial development set 84 {TUNED}", DEV_COLLOQUIAL84),
    (f"colloquial development set 85 {TUNED}", DEV_COLLOQUIAL85),
    (f"colloquial development set 86 {TUNED}", DEV_COLLOQUIAL86),
    (f"colloquial development set 87 {TUNED}", DEV_COLLOQUIAL87),
    (f"colloquial development set 88 {TUNED}", DEV_COLLOQUIAL88),
    (f"colloquial development set 89 {TUNED}", DEV_COLLOQUIAL89),
    (f"colloquial development set 90 {TUNED}", DEV_COLLOQUIAL90),
    (f"colloquial development set 91 {TUNED}", DEV_COLLOQUIAL91),
    (f"colloquial development set 92 {TUNED}", DEV_COLLOQUIAL92),
    (f"colloquial development set 93 {TUNED}", DEV_COLLOQUIAL93),
    (f"colloquial development set 94 {TUNED}", DEV_COLLOQUIAL94),
    (f"colloquial development set 95 {TUNED}", DEV_COLLOQUIAL95),
    (f"colloquial development set 96 {TUNED}", DEV_COLLOQUIAL96),
    (f"colloquial development set 97 {TUNED}", DEV_COLLOQUIAL97),
    (f"colloquial development set 98 {TUNED}", DEV_COLLOQUIAL98),
    (f"colloquial development set 99 {TUNED}", DEV_COLLOQUIAL99),
    (f"colloquial development set 100 {TUNED}", DEV_COLLOQUIAL100),
    (f"colloquial development set 101 {TUNED}", DEV_COLLOQUIAL101),
    (f"colloquial development set 102 {TUNED}", DEV_COLLOQUIAL102),
    (f"colloquial development set 103 {TUNED}", DEV_COLLOQUIAL103),
    (f"colloquial development set 104 {TUNED}", DEV_COLLOQUIAL104),
    (f"colloquial development set 105 {TUNED}", DEV_COLLOQUIAL105),
    (f"colloquial development set 106 {TUNED}", DEV_COLLOQUIAL106),
    (f"colloquial development set 107 {TUNED}", DEV_COLLOQUIAL107),
    (f"colloquial development set 108 {TUNED}", DEV_COLLOQUIAL108),
    (f"colloquial development set 109 {TUNED}", DEV_COLLOQUIAL109),
    (f"colloquial development set 110 {TUNED}", DEV_COLLOQUIAL110),
    (f"colloquial development set 111 {TUNED}", DEV_COLLOQUIAL111),
    (f"colloquial development set 112 {TUNED}", DEV_COLLOQUIAL112),
    (f"colloquial development set 113 {TUNED}", DEV_COLLOQUIAL113),
    (f"colloquial development set 114 {TUNED}", DEV_COLLOQUIAL114),
    (f"colloquial development set 115 {TUNED}", DEV_COLLOQUIAL115),
    (f"colloquial development set 116 {TUNED}", DEV_COLLOQUIAL116),
    (f"colloquial development set 117 {TUNED}", DEV_COLLOQUIAL117),
    (f"colloquial development set 118 {TUNED}", DEV_COLLOQUIAL118),
    (f"colloquial development set 119 {TUNED}", DEV_COLLOQUIAL119),
    (f"colloquial development set 120 {TUNED}", DEV_COLLOQUIAL120),
    (f"colloquial development set 121 {TUNED}", DEV_COLLOQUIAL121),
    (f"colloquial development set 122 {TUNED}", DEV_COLLOQUIAL122),
    (f"colloquial development set 123 {TUNED}", DEV_COLLOQUIAL123),
    (f"colloquial development set 124 {TUNED}", DEV_COLLOQUIAL124),
    (f"colloquial development set 125 {TUNED}", DEV_COLLOQUIAL125),
    (f"colloquial development set 126 {TUNED}", DEV_COLLOQUIAL126),
    (f"colloquial development set 127 {TUNED}", DEV_COLLOQUIAL127),
    (f"colloquial development set 128 {TUNED}", DEV_COLLOQUIAL128),
    (f"colloquial development set 129 {TUNED}", DEV_COLLOQUIAL129),
    (f"colloquial development set 130 {TUNED}", DEV_COLLOQUIAL130),
    (f"colloquial development set 131 {TUNED}", DEV_COLLOQUIAL131),
    (f"colloquial development set 132 {TUNED}", DEV_COLLOQUIAL132),
    (f"colloquial development set 133 {TUNED}", DEV_COLLOQUIAL133),
    (f"colloquial development set 134 {TUNED}", DEV_COLLOQUIAL134),
    (f"colloquial development set 135 {TUNED}", DEV_COLLOQUIAL135),
    (f"colloquial development set 136 {TUNED}", DEV_COLLOQUIAL136),
    (f"colloquial development set 137 {TUNED}", DEV_COLLOQUIAL137),
    (f"colloquial development set 138 {TUNED}", DEV_COLLOQUIAL138),
    (f"colloquial development set 139 {TUNED}", DEV_COLLOQUIAL139),
    (f"colloquial development set 140 {TUNED}", DEV_COLLOQUIAL140),
    (f"colloquial development set 141 {TUNED}", DEV_COLLOQUIAL141),
    (f"colloquial development set 142 {TUNED}", DEV_COLLOQUIAL142),
    (f"colloquial development set 143 {TUNED}", DEV_COLLOQUIAL143),
    (f"colloquial development set 144 {TUNED}", DEV_COLLOQUIAL144),
    (f"colloquial development set 145 {TUNED}", DEV_COLLOQUIAL145),
    (f"colloquial development set 146 {TUNED}", DEV_COLLOQUIAL146),
    (f"colloquial development set 147 {TUNED}", DEV_COLLOQUIAL147),
    (f"colloquial development set 148 {TUNED}", DEV_COLLOQUIAL148),
    (f"colloquial development set 149 {TUNED}", DEV_COLLOQUIAL149),
    (f"colloquial development set 150 {TUNED}", DEV_COLLOQUIAL150),
    (f"colloquial development set 151 {TUNED}", DEV_COLLOQUIAL151),
    (f"colloquial development set 152 {TUNED}", DEV_COLLOQUIAL152),
    (f"colloquial development set 153 {TUNED}", DEV_COLLOQUIAL153),
    (f"colloquial development set 154 {TUNED}", DEV_COLLOQUIAL154),
    (f"colloquial development set 155 {TUNED}", DEV_COLLOQUIAL155),
    (f"colloquial development set 156 {TUNED}", DEV_COLLOQUIAL156),
    (f"colloquial development set 157 {TUNED}", DEV_COLLOQUIAL157),
    (f"colloquial development set 158 {TUNED}", DEV_COLLOQUIAL158),
    (f"colloquial development set 159 {TUNED}", DEV_COLLOQUIAL159),
    (f"colloquial development set 160 {TUNED}", DEV_COLLOQUIAL160),
    (f"colloquial development set 161 {TUNED}", DEV_COLLOQUIAL161),
    (f"colloquial development set 162 {TUNED}", DEV_COLLOQUIAL162),
    (f"colloquial development set 163 {TUNED}", DEV_COLLOQUIAL163),
    (f"colloquial development set 164 {TUNED}", DEV_COLLOQUIAL164),
    (f"colloquial development set 165 {TUNED}", DEV_COLLOQUIAL165),
    (f"colloquial development set 166 {TUNED}", DEV_COLLOQUIAL166),
    (f"colloquial development set 167 {TUNED}", DEV_COLLOQUIAL167),
    (f"colloquial development set 168 {TUNED}", DEV_COLLOQUIAL168),
    (f"colloquial development set 169 {TUNED}", DEV_COLLOQUIAL169),
    (f"colloquial development set 170 {TUNED}", DEV_COLLOQUIAL170),
    (f"colloquial development set 171 {TUNED}", DEV_COLLOQUIAL171),
    (f"colloquial development set 172 {TUNED}", DEV_COLLOQUIAL172),
    (f"colloquial development set 173 {TUNED}", DEV_COLLOQUIAL173),
    (f"colloquial development set 174 {TUNED}", DEV_COLLOQUIAL174),
    (f"colloquial development set 175 {TUNED}", DEV_COLLOQUIAL175),
    (f"colloquial development set 176 {TUNED}", DEV_COLLOQUIAL176),
    (f"colloquial development set 177 {TUNED}", DEV_COLLOQUIAL177),
    (f"colloquial development set 178 {TUNED}", DEV_COLLOQUIAL178),
    (f"colloquial development set 179 {TUNED}", DEV_COLLOQUIAL179),
    (f"colloquial development set 180 {TUNED}", DEV_COLLOQUIAL180),
    (f"colloquial development set 181 {TUNED}", DEV_COLLOQUIAL181),
    (f"colloquial development set 182 {TUNED}", DEV_COLLOQUIAL182),
    (f"colloquial development set 183 {TUNED}", DEV_COLLOQUIAL183),
    (f"colloquial development set 184 {TUNED}", DEV_COLLOQUIAL184),
    (f"colloquial development set 185 {TUNED}", DEV_COLLOQUIAL185),
    (f"colloquial development set 186 {TUNED}", DEV_COLLOQUIAL186),
    (f"colloquial development set 187 {TUNED}", DEV_COLLOQUIAL187),
    (f"colloquial development set 188 {TUNED}", DEV_COLLOQUIAL188),
    (f"colloquial development set 189 {TUNED}", DEV_COLLOQUIAL189),
    (f"colloquial development set 190 {TUNED}", DEV_COLLOQUIAL190),
    (f"colloquial development set 191 {TUNED}", DEV_COLLOQUIAL191),
    (f"colloquial development set 192 {TUNED}", DEV_COLLOQUIAL192),
    (f"colloquial development set 193 {TUNED}", DEV_COLLOQUIAL193),
    (f"colloquial development set 194 {TUNED}", DEV_COLLOQUIAL194),
    (f"colloquial development set 195 {TUNED}", DEV_COLLOQUIAL195),
    (f"colloquial development set 196 {TUNED}", DEV_COLLOQUIAL196),
    (f"colloquial development set 197 {TUNED}", DEV_COLLOQUIAL197),
    (f"colloquial development set 198 {TUNED}", DEV_COLLOQUIAL198),
    (f"colloquial development set 199 {TUNED}", DEV_COLLOQUIAL199),
    (f"colloquial development set 200 {TUNED}", DEV_COLLOQUIAL200),
    (f"colloquial development set 201 {TUNED}", DEV_COLLOQUIAL201),
    (f"colloquial development set 202 {TUNED}", DEV_COLLOQUIAL202),
    (f"colloquial development set 203 {TUNED}", DEV_COLLOQUIAL203),
    (f"colloquial development set 204 {TUNED}", DEV_COLLOQUIAL204),
    (f"colloquial development set 205 {TUNED}", DEV_COLLOQUIAL205),
    (f"colloquial development set 206 {TUNED}", DEV_COLLOQUIAL206),
    (f"colloquial development set 207 {TUNED}", DEV_COLLOQUIAL207),
    (f"colloquial development set 208 {TUNED}", DEV_COLLOQUIAL208),
    (f"colloquial development set 209 {TUNED}", DEV_COLLOQUIAL209),
    (f"colloquial development set 210 {TUNED}", DEV_COLLOQUIAL210),
    (f"colloquial development set 211 {TUNED}", DEV_COLLOQUIAL211),
    (f"colloquial development set 212 {TUNED}", DEV_COLLOQUIAL212),
    (f"colloquial development set 213 {TUNED}", DEV_COLLOQUIAL213),
    (f"colloquial development set 214 {TUNED}", DEV_COLLOQUIAL214),
    (f"colloquial development set 215 {TUNED}", DEV_COLLOQUIAL215),
    (f"colloquial development set 216 {TUNED}", DEV_COLLOQUIAL216),
    (f"colloquial development set 217 {TUNED}", DEV_COLLOQUIAL217),
    (f"colloquial development set 218 {TUNED}", DEV_COLLOQUIAL218),
    (f"colloquial development set 219 {TUNED}", DEV_COLLOQUIAL219),
    (f"colloquial development set 220 {TUNED}", DEV_COLLOQUIAL220),
    (f"colloquial development set 221 {TUNED}", DEV_COLLOQUIAL221),
    (f"colloquial development set 222 {TUNED}", DEV_COLLOQUIAL222),
    (f"colloquial development set 223 {TUNED}", DEV_COLLOQUIAL223),
    (f"colloquial development set 224 {TUNED}", DEV_COLLOQUIAL224),
    (f"colloquial development set 225 {TUNED}", DEV_COLLOQUIAL225),
    (f"colloquial development set 226 {TUNED}", DEV_COLLOQUIAL226),
    (f"colloquial development set 227 {TUNED}", DEV_COLLOQUIAL227),
    (f"colloquial development set 228 {TUNED}", DEV_COLLOQUIAL228),
    (f"colloquial development set 229 {TUNED}", DEV_COLLOQUIAL229),
    (f"colloquial development set 230 {TUNED}", DEV_COLLOQUIAL230),
    (f"colloquial development set 231 {TUNED}", DEV_COLLOQUIAL231),
    (f"colloquial development set 232 {TUNED}", DEV_COLLOQUIAL232),
    (f"colloquial development set 233 {TUNED}", DEV_COLLOQUIAL233),
    (f"colloquial development set 234 {TUNED}", DEV_COLLOQUIAL234),
    (f"colloquial development set 235 {TUNED}", DEV_COLLOQUIAL235),
    (f"colloquial development set 236 {TUNED}", DEV_COLLOQUIAL236),
    (f"colloquial development set 237 {TUNED}", DEV_COLLOQUIAL237),
    (f"colloquial development set 238 {TUNED}", DEV_COLLOQUIAL238),
    (f"colloquial development set 239 {TUNED}", DEV_COLLOQUIAL239),
    (f"colloquial development set 240 {TUNED}", DEV_COLLOQUIAL240),
    (f"colloquial development set 241 {TUNED}", DEV_COLLOQUIAL241),
    (f"colloquial development set 242 {TUNED}", DEV_COLLOQUIAL242),
    (f"colloquial development set 243 {TUNED}", DEV_COLLOQUIAL243),
    (f"colloquial development set 244 {TUNED}", DEV_COLLOQUIAL244),
    (f"colloquial development set 245 {TUNED}", DEV_COLLOQUIAL245),
    (f"colloquial development set 246 {TUNED}", DEV_COLLOQUIAL246),
    (f"colloquial development set 247 {TUNED}", DEV_COLLOQUIAL247),
    (f"colloquial development set 248 {TUNED}", DEV_COLLOQUIAL248),
    (f"colloquial development set 249 {TUNED}", DEV_COLLOQUIAL249),
    (f"colloquial development set 250 {TUNED}", DEV_COLLOQUIAL250),
    (f"colloquial development set 251 {TUNED}", DEV_COLLOQUIAL251),
    (f"colloquial development set 252 {TUNED}", DEV_COLLOQUIAL252),
    (f"colloquial development set 253 {TUNED}", DEV_COLLOQUIAL253),
    (f"colloquial development set 254 {TUNED}", DEV_COLLOQUIAL254),
    (f"colloquial development set 255 {TUNED}", DEV_COLLOQUIAL255),
    (f"colloquial development set 256 {TUNED}", DEV_COLLOQUIAL256),
    (f"colloquial development set 257 {TUNED}", DEV_COLLOQUIAL257),
    (f"colloquial development set 258 {TUNED}", DEV_COLLOQUIAL258),
    (f"colloquial development set 259 {TUNED}", DEV_COLLOQUIAL259),
    (f"colloquial development set 260 {TUNED}", DEV_COLLOQUIAL260),
    (f"colloquial development set 261 {TUNED}", DEV_COLLOQUIAL261),
    (f"colloquial development set 262 {TUNED}", DEV_COLLOQUIAL262),
    (f"colloquial development set 263 {TUNED}", DEV_COLLOQUIAL263),
    (f"colloquial development set 264 {TUNED}", DEV_COLLOQUIAL264),
    (f"colloquial development set 265 {TUNED}", DEV_COLLOQUIAL265),
    (f"colloquial development set 266 {TUNED}", DEV_COLLOQUIAL266),
    (f"colloquial development set 267 {TUNED}", DEV_COLLOQUIAL267),
    (f"colloquial development set 268 {TUNED}", DEV_COLLOQUIAL268),
    (f"colloquial development set 269 {TUNED}", DEV_COLLOQUIAL269),
    (f"colloquial development set 270 {TUNED}", DEV_COLLOQUIAL270),
    (f"colloquial development set 271 {TUNED}", DEV_COLLOQUIAL271),
    (f"colloquial development set 272 {TUNED}", DEV_COLLOQUIAL272),
    (f"colloquial development set 273 {TUNED}", DEV_COLLOQUIAL273),
    (f"colloquial development set 274 {TUNED}", DEV_COLLOQUIAL274),
    (f"colloquial development set 275 {TUNED}", DEV_COLLOQUIAL275),
    (f"colloquial development set 276 {TUNED}", DEV_COLLOQUIAL276),
    (f"colloquial development set 277 {TUNED}", DEV_COLLOQUIAL277),
    (f"colloquial development set 278 {TUNED}", DEV_COLLOQUIAL278),
    (f"colloquial development set 279 {TUNED}", DEV_COLLOQUIAL279),
    (f"colloquial development set 280 {TUNED}", DEV_COLLOQUIAL280),
    (f"colloquial development set 281 {TUNED}", DEV_COLLOQUIAL281),
    (f"colloquial development set 282 {TUNED}", DEV_COLLOQUIAL282),
    (f"colloquial development set 283 {TUNED}", DEV_COLLOQUIAL283),
    (f"colloquial development set 284 {TUNED}", DEV_COLLOQUIAL284),
    (f"colloquial development set 285 {TUNED}", DEV_COLLOQUIAL285),
    (f"colloquial development set 286 {TUNED}", DEV_COLLOQUIAL286),
    (f"colloquial development set 287 {TUNED}", DEV_COLLOQUIAL287),
    (f"colloquial development set 288 {TUNED}", DEV_COLLOQUIAL288),
    (f"colloquial development set 289 {TUNED}", DEV_COLLOQUIAL289),
    (f"colloquial development set 290 {TUNED}", DEV_COLLOQUIAL290),
    (f"colloquial development set 291 {TUNED}", DEV_COLLOQUIAL291),
    (f"colloquial development set 292 {TUNED}", DEV_COLLOQUIAL292),
    (f"colloquial development set 293 {TUNED}", DEV_COLLOQUIAL293),
    (f"colloquial development set 294 {TUNED}", DEV_COLLOQUIAL294),
    (f"colloquial development set 295 {TUNED}", DEV_COLLOQUIAL295),
    (f"colloquial development set 296 {TUNED}", DEV_COLLOQUIAL296),
    (f"colloquial development set 297 {TUNED}", DEV_COLLOQUIAL297),
    (f"colloquial development set 298 {TUNED}", DEV_COLLOQUIAL298),
    (f"colloquial development set 299 {TUNED}", DEV_COLLOQUIAL299),
    (f"colloquial development set 300 {TUNED}", DEV_COLLOQUIAL300),
    (f"colloquial development set 301 {TUNED}", DEV_COLLOQUIAL301),
    (f"colloquial development set 302 {TUNED}", DEV_COLLOQUIAL302),
    (f"colloquial development set 303 {TUNED}", DEV_COLLOQUIAL303),
    (f"colloquial development set 304 {TUNED}", DEV_COLLOQUIAL304),
    (f"colloquial development set 305 {TUNED}", DEV_COLLOQUIAL305),
    (f"colloquial development set 306 {TUNED}", DEV_COLLOQUIAL306),
    (f"colloquial development set 307 {TUNED}", DEV_COLLOQUIAL307),
    (f"colloquial development set 308 {TUNED}", DEV_COLLOQUIAL308),
    (f"colloquial development set 309 {TUNED}", DEV_COLLOQUIAL309),
    (f"colloquial development set 310 {TUNED}", DEV_COLLOQUIAL310),
    (f"colloquial development set 311 {TUNED}", DEV_COLLOQUIAL311),
    (f"colloquial development set 312 {TUNED}", DEV_COLLOQUIAL312),
    (f"colloquial development set 313 {TUNED}", DEV_COLLOQUIAL313),
    (f"colloquial development set 314 {TUNED}", DEV_COLLOQUIAL314),
    (f"colloquial development set 315 {TUNED}", DEV_COLLOQUIAL315),
    (f"colloquial development set 316 {TUNED}", DEV_COLLOQUIAL316),
    (f"colloquial development set 317 {TUNED}", DEV_COLLOQUIAL317),
    (f"colloquial development set 318 {TUNED}", DEV_COLLOQUIAL318),
    (f"colloquial development set 319 {TUNED}", DEV_COLLOQUIAL319),
    (f"colloquial development set 320 {TUNED}", DEV_COLLOQUIAL320),
    (f"colloquial development set 321 {TUNED}", DEV_COLLOQUIAL321),
    (f"colloquial development set 322 {TUNED}", DEV_COLLOQUIAL322),
    (f"colloquial development set 323 {TUNED}", DEV_COLLOQUIAL323),
    (f"colloquial development set 324 {TUNED}", DEV_COLLOQUIAL324),
    (f"colloquial development set 325 {TUNED}", DEV_COLLOQUIAL325),
    (f"colloquial development set 326 {TUNED}", DEV_COLLOQUIAL326),
    (f"colloquial development set 327 {TUNED}", DEV_COLLOQUIAL327),
    (f"colloquial development set 328 {TUNED}", DEV_COLLOQUIAL328),
    (f"colloquial development set 329 {TUNED}", DEV_COLLOQUIAL329),
    (f"colloquial development set 330 {TUNED}", DEV_COLLOQUIAL330),
    (f"colloquial development set 331 {TUNED}", DEV_COLLOQUIAL331),
    (f"colloquial development set 332 {TUNED}", DEV_COLLOQUIAL332),
    (f"colloquial development set 333 {TUNED}", DEV_COLLOQUIAL333),
    (f"colloquial development set 334 {TUNED}", DEV_COLLOQUIAL334),
    (f"colloquial development set 335 {TUNED}", DEV_COLLOQUIAL335),
    (f"colloquial development set 336 {TUNED}", DEV_COLLOQUIAL336),
    (f"colloquial development set 337 {TUNED}", DEV_COLLOQUIAL337),
    (f"colloquial development set 338 {TUNED}", DEV_COLLOQUIAL338),
    (f"colloquial development set 339 {TUNED}", DEV_COLLOQUIAL339),
    (f"colloquial development set 340 {TUNED}", DEV_COLLOQUIAL340),
    (f"colloquial development set 341 {TUNED}", DEV_COLLOQUIAL341),
    (f"colloquial development set 342 {TUNED}", DEV_COLLOQUIAL342),
    (f"colloquial development set 343 {TUNED}", DEV_COLLOQUIAL343),
    (f"colloquial development set 344 {TUNED}", DEV_COLLOQUIAL344),
    (f"colloquial development set 345 {TUNED}", DEV_COLLOQUIAL345),
    (f"colloquial development set 346 {TUNED}", DEV_COLLOQUIAL346),
    (f"colloquial development set 347 {TUNED}", DEV_COLLOQUIAL347),
    (f"colloquial development set 348 {TUNED}", DEV_COLLOQUIAL348),
    (f"colloquial development set 349 {TUNED}", DEV_COLLOQUIAL349),
    (f"colloquial development set 350 {TUNED}", DEV_COLLOQUIAL350),
    (f"colloquial development set 351 {TUNED}", DEV_COLLOQUIAL351),
    (f"colloquial development set 352 {TUNED}", DEV_COLLOQUIAL352),
    (f"colloquial development set 353 {TUNED}", DEV_COLLOQUIAL353),
    (f"colloquial development set 354 {TUNED}", DEV_COLLOQUIAL354),
    (f"colloquial development set 355 {TUNED}", DEV_COLLOQUIAL355),
    (f"colloquial development set 356 {TUNED}", DEV_COLLOQUIAL356),
    (f"colloquial development set 357 {TUNED}", DEV_COLLOQUIAL357),
    (f"colloquial development set 358 {TUNED}", DEV_COLLOQUIAL358),
    (f"colloquial development set 359 {TUNED}", DEV_COLLOQUIAL359),
    (f"colloquial development set 360 {TUNED}", DEV_COLLOQUIAL360),
    (f"colloquial development set 361 {TUNED}", DEV_COLLOQUIAL361),
    (f"colloquial development set 362 {TUNED}", DEV_COLLOQUIAL362),
    (f"colloquial development set 363 {TUNED}", DEV_COLLOQUIAL363),
    (f"colloquial development set 364 {TUNED}", DEV_COLLOQUIAL364),
    (f"colloquial development set 365 {TUNED}", DEV_COLLOQUIAL365),
    (f"colloquial development set 366 {TUNED}", DEV_COLLOQUIAL366),
    (f"colloquial development set 367 {TUNED}", DEV_COLLOQUIAL367),
    (f"colloquial development set 368 {TUNED}", DEV_COLLOQUIAL368),
    (f"colloquial development set 369 {TUNED}", DEV_COLLOQUIAL369),
    (f"colloquial development set 370 {TUNED}", DEV_COLLOQUIAL370),
    (f"colloquial development set 371 {TUNED}", DEV_COLLOQUIAL371),
    (f"colloquial development set 372 {TUNED}", DEV_COLLOQUIAL372),
    (f"colloquial development set 373 {TUNED}", DEV_COLLOQUIAL373),
    (f"colloquial development set 374 {TUNED}", DEV_COLLOQUIAL374),
    (f"colloquial development set 375 {TUNED}", DEV_COLLOQUIAL375),
    (f"colloquial development set 376 {TUNED}", DEV_COLLOQUIAL376),
    (f"colloquial development set 377 {TUNED}", DEV_COLLOQUIAL377),
    (f"colloquial development set 378 {TUNED}", DEV_COLLOQUIAL378),
    (f"colloquial development set 379 {TUNED}", DEV_COLLOQUIAL379),
    (f"colloquial development set 380 {TUNED}", DEV_COLLOQUIAL380),
    (f"colloquial development set 381 {TUNED}", DEV_COLLOQUIAL381),
    (f"colloquial development set 382 {TUNED}", DEV_COLLOQUIAL382),
    (f"colloquial development set 383 {TUNED}", DEV_COLLOQUIAL383),
    (f"colloquial development set 384 {TUNED}", DEV_COLLOQUIAL384),
    (f"colloquial development set 385 {TUNED}", DEV_COLLOQUIAL385),
    (f"colloquial development set 386 {TUNED}", DEV_COLLOQUIAL386),
    (f"colloquial development set 387 {TUNED}", DEV_COLLOQUIAL387),
    (f"colloquial development set 388 {TUNED}", DEV_COLLOQUIAL388),
    (f"colloquial development set 389 {TUNED}", DEV_COLLOQUIAL389),
    (f"colloquial development set 390 {TUNED}", DEV_COLLOQUIAL390),
    (f"colloquial development set 391 {TUNED}", DEV_COLLOQUIAL391),
    (f"colloquial development set 392 {TUNED}", DEV_COLLOQUIAL392),
    (f"colloquial development set 393 {TUNED}", DEV_COLLOQUIAL393),
    (f"colloquial development set 394 {TUNED}", DEV_COLLOQUIAL394),
    (f"colloquial development set 395 {TUNED}", DEV_COLLOQUIAL395),
    (f"colloquial development set 396 {TUNED}", DEV_COLLOQUIAL396),
    (f"colloquial development set 397 {TUNED}", DEV_COLLOQUIAL397),
    (f"colloquial development set 398 {TUNED}", DEV_COLLOQUIAL398),
    (f"colloquial development set 399 {TUNED}", DEV_COLLOQUIAL399),
    (f"colloquial development set 400 {TUNED}", DEV_COLLOQUIAL400),
    (f"colloquial development set 401 {TUNED}", DEV_COLLOQUIAL401),
    (f"colloquial development set 402 {TUNED}", DEV_COLLOQUIAL402),
    (f"colloquial development set 403 {TUNED}", DEV_COLLOQUIAL403),
    (f"colloquial development set 404 {TUNED}", DEV_COLLOQUIAL404),
    (f"colloquial development set 405 {TUNED}", DEV_COLLOQUIAL405),
    (f"colloquial development set 406 {TUNED}", DEV_COLLOQUIAL406),
    (f"colloquial development set 407 {TUNED}", DEV_COLLOQUIAL407),
    (f"colloquial development set 408 {TUNED}", DEV_COLLOQUIAL408),
    (f"colloquial development set 409 {TUNED}", DEV_COLLOQUIAL409),
    (f"colloquial development set 410 {TUNED}", DEV_COLLOQUIAL410),
    (f"colloquial development set 411 {TUNED}", DEV_COLLOQUIAL411),
    (f"colloquial development set 412 {TUNED}", DEV_COLLOQUIAL412),
    (f"colloquial development set 413 {TUNED}", DEV_COLLOQUIAL413),
    (f"colloquial development set 414 {TUNED}", DEV_COLLOQUIAL414),
    (f"colloquial development set 415 {TUNED}", DEV_COLLOQUIAL415),
    (f"colloquial development set 416 {TUNED}", DEV_COLLOQUIAL416),
    (f"colloquial development set 417 {TUNED}", DEV_COLLOQUIAL417),
    (f"colloquial development set 418 {TUNED}", DEV_COLLOQUIAL418),
    (f"colloquial development set 419 {TUNED}", DEV_COLLOQUIAL419),
    (f"colloquial development set 420 {TUNED}", DEV_COLLOQUIAL420),
    (f"colloquial development set 421 {TUNED}", DEV_COLLOQUIAL421),
    (f"colloquial development set 422 {TUNED}", DEV_COLLOQUIAL422),
    (f"colloquial development set 423 {TUNED}", DEV_COLLOQUIAL423),
    (f"colloquial development set 424 {TUNED}", DEV_COLLOQUIAL424),
    (f"colloquial development set 425 {TUNED}", DEV_COLLOQUIAL425),
    (f"colloquial development set 426 {TUNED}", DEV_COLLOQUIAL426),
    (f"colloquial development set 427 {TUNED}", DEV_COLLOQUIAL427),
    (f"colloquial development set 428 {TUNED}", DEV_COLLOQUIAL428),
    (f"colloquial development set 429 {TUNED}", DEV_COLLOQUIAL429),
    (f"colloquial development set 430 {TUNED}", DEV_COLLOQUIAL430),
    (f"colloquial development set 431 {TUNED}", DEV_COLLOQUIAL431),
    (f"colloquial development set 432 {TUNED}", DEV_COLLOQUIAL432),
    (f"colloquial development set 433 {TUNED}", DEV_COLLOQUIAL433),
    (f"colloquial development set 434 {TUNED}", DEV_COLLOQUIAL434),
    (f"colloquial development set 435 {TUNED}", DEV_COLLOQUIAL435),
    (f"colloquial development set 436 {TUNED}", DEV_COLLOQUIAL436),
    (f"colloquial development set 437 {TUNED}", DEV_COLLOQUIAL437),
    (f"colloquial development set 438 {TUNED}", DEV_COLLOQUIAL438),
    (f"colloquial development set 439 {TUNED}", DEV_COLLOQUIAL439),
    (f"colloquial development set 440 {TUNED}", DEV_COLLOQUIAL440),
    (f"colloquial development set 441 {TUNED}", DEV_COLLOQUIAL441),
    (f"colloquial development set 442 {TUNED}", DEV_COLLOQUIAL442),
    (f"colloquial development set 443 {TUNED}", DEV_COLLOQUIAL443),
    (f"colloquial development set 444 {TUNED}", DEV_COLLOQUIAL444),
    (f"colloquial development set 445 {TUNED}", DEV_COLLOQUIAL445),
    (f"colloquial development set 446 {TUNED}", DEV_COLLOQUIAL446),
    (f"colloquial development set 447 {TUNED}", DEV_COLLOQUIAL447),
    (f"colloquial development set 448 {TUNED}", DEV_COLLOQUIAL448),
    (f"colloquial development set 449 {TUNED}", DEV_COLLOQUIAL449),
    (f"colloquial development set 450 {TUNED}", DEV_COLLOQUIAL450),
    (f"colloquial development set 451 {TUNED}", DEV_COLLOQUIAL451),
    (f"colloquial development set 452 {TUNED}", DEV_COLLOQUIAL452),
    (f"colloquial development set 453 {TUNED}", DEV_COLLOQUIAL453),
    (f"colloquial development set 454 {TUNED}", DEV_COLLOQUIAL454),
    (f"colloquial development set 455 {TUNED}", DEV_COLLOQUIAL455),
    (f"colloquial development set 456 {TUNED}", DEV_COLLOQUIAL456),
    (f"colloquial development set 457 {TUNED}", DEV_COLLOQUIAL457),
    (f"colloquial development set 458 {TUNED}", DEV_COLLOQUIAL458),
    (f"colloquial development set 459 {TUNED}", DEV_COLLOQUIAL459),
    (f"colloquial development set 460 {TUNED}", DEV_COLLOQUIAL460),
    (f"colloquial development set 461 {TUNED}", DEV_COLLOQUIAL461),
    (f"colloquial development set 462 {TUNED}", DEV_COLLOQUIAL462),
    (f"colloquial development set 463 {TUNED}", DEV_COLLOQUIAL463),
    (f"colloquial development set 464 {TUNED}", DEV_COLLOQUIAL464),
    (f"colloquial development set 465 {TUNED}", DEV_COLLOQUIAL465),
    (f"colloquial development set 466 {TUNED}", DEV_COLLOQUIAL466),
    (f"colloquial development set 467 {TUNED}", DEV_COLLOQUIAL467),
    (f"colloquial development set 468 {TUNED}", DEV_COLLOQUIAL468),
    (f"colloquial development set 469 {TUNED}", DEV_COLLOQUIAL469),
    (f"colloquial development set 470 {TUNED}", DEV_COLLOQUIAL470),
    (f"colloquial development set 471 {TUNED}", DEV_COLLOQUIAL471),
    (f"colloquial development set 472 {TUNED}", DEV_COLLOQUIAL472),
    (f"colloquial development set 473 {TUNED}", DEV_COLLOQUIAL473),
    (f"colloquial development set 474 {TUNED}", DEV_COLLOQUIAL474),
    (f"colloquial development set 475 {TUNED}", DEV_COLLOQUIAL475),
    (f"colloquial development set 476 {TUNED}", DEV_COLLOQUIAL476),
    (f"colloquial development set 477 {TUNED}", DEV_COLLOQUIAL477),
    (f"colloquial development set 478 {TUNED}", DEV_COLLOQUIAL478),
    (f"colloquial development set 479 {TUNED}", DEV_COLLOQUIAL479),
    (f"colloquial development set 480 {TUNED}", DEV_COLLOQUIAL480),
    (f"colloquial development set 481 {TUNED}", DEV_COLLOQUIAL481),
    (f"colloquial development set 482 {TUNED}", DEV_COLLOQUIAL482),
    (f"colloquial development set 483 {TUNED}", DEV_COLLOQUIAL483),
    (f"colloquial development set 484 {TUNED}", DEV_COLLOQUIAL484),
    (f"colloquial development set 485 {TUNED}", DEV_COLLOQUIAL485),
    (f"colloquial development set 486 {TUNED}", DEV_COLLOQUIAL486),
    (f"colloquial development set 487 {TUNED}", DEV_COLLOQUIAL487),
    (f"colloquial development set 488 {TUNED}", DEV_COLLOQUIAL488),
    (f"colloquial development set 489 {TUNED}", DEV_COLLOQUIAL489),
    (f"colloquial development set 490 {TUNED}", DEV_COLLOQUIAL490),
    (f"colloquial development set 491 {TUNED}", DEV_COLLOQUIAL491),
    (f"colloquial development set 492 {TUNED}", DEV_COLLOQUIAL492),
    (f"colloquial development set 493 {TUNED}", DEV_COLLOQUIAL493),
    (f"colloquial development set 494 {TUNED}", DEV_COLLOQUIAL494),
    (f"colloquial development set 495 {TUNED}", DEV_COLLOQUIAL495),
    (f"colloquial development set 496 {TUNED}", DEV_COLLOQUIAL496),
    (f"colloquial development set 497 {TUNED}", DEV_COLLOQUIAL497),
    ("held-out test set", TESTSET),
    ("colloquial blind set (held out)", BLINDSET),
    ("colloquial validation set (held out)", VALIDATION),
    ("validation set 2 (held out)", VALIDATION2),
    ("validation set 3 (held out)", VALIDATION3),
    ("validation set 4 (held out)", VALIDATION4),
    ("validation set 5 (held out)", VALIDATION5),
    ("validation set 6 (held out)", VALIDATION6),
    ("validation set 7 (held out)", VALIDATION7),
    ("validation set 8 (held out)", VALIDATION8),
    ("validation set 9 (held out)", VALIDATION9),
    ("validation set 10 (held out)", VALIDATION10),
    ("validation set 11 (held out)", VALIDATION11),
    ("validation set 12 (held out)", VALIDATION12),
    ("validation set 13 (held out)", VALIDATION13),
    ("validation set 14 (held out)", VALIDATION14),
    ("validation set 15 (held out)", VALIDATION15),
    ("validation set 16 (held out)", VALIDATION16),
    ("validation set 17 (held out)", VALIDATION17),
    ("validation set 18 (held out)", VALIDATION18),
    ("validation set 19 (held out)", VALIDATION19),
    ("validation set 20 (held out)", VALIDATION20),
    ("validation set 21 (held out)", VALIDATION21),
    ("validation set 22 (held out)", VALIDATION22),
    ("validation set 23 (held out)", VALIDATION23),
    ("validation set 24 (held out)", VALIDATION24),
    ("validation set 25 (held out)", VALIDATION25),
    ("validation set 26 (held out)", VALIDATION26),
    ("validation set 27 (held out)", VALIDATION27),
    ("validation set 28 (held out)", VALIDATION28),
    ("validation set 29 (held out)", VALIDATION29),
    ("validation set 30 (held out)", VALIDATION30),
    ("validation set 31 (held out)", VALIDATION31),
    ("validation set 32 (held out)", VALIDATION32),
    ("validation set 33 (held out)", VALIDATION33),
    ("validation set 34 (held out)", VALIDATION34),
    ("validation set 35 (held out)", VALIDATION35),
    ("validation set 36 (held out)", VALIDATION36),
    ("validation set 37 (held out)", VALIDATION37),
    ("validation set 38 (held out)", VALIDATION38),
    ("validation set 39 (held out)", VALIDATION39),
    ("validation set 40 (held out)", VALIDATION40),
    ("validation set 41 (held out)", VALIDATION41),
    ("validation set 42 (held out)", VALIDATION42),
    ("validation set 43 (held out)", VALIDATION43),
    ("validation set 44 (held out)", VALIDATION44),
    ("validation set 45 (held out)", VALIDATION45),
    ("validation set 46 (held out)", VALIDATION46),
    ("validation set 47 (held out)", VALIDATION47),
    ("validation set 48 (held out)", VALIDATION48),
    ("validation set 49 (held out)", VALIDATION49),
    ("validation set 50 (held out)", VALIDATION50),
    ("validation set 51 (held out)", VALIDATION51),
    ("validation set 52 (held out)", VALIDATION52),
    ("validation set 53 (held out)", VALIDATION53),
    ("validation set 54 (held out)", VALIDATION54),
    ("validation set 55 (held out)", VALIDATION55),
    ("validation set 56 (held out)", VALIDATION56),
    ("validation set 57 (held out)", VALIDATION57),
    ("validation set 58 (held out)", VALIDATION58),
    ("validation set 59 (held out)", VALIDATION59),
    ("validation set 60 (held out)", VALIDATION60),
    ("validation set 61 (held out)", VALIDATION61),
    ("validation set 62 (held out)", VALIDATION62),
    ("validation set 63 (held out)", VALIDATION63),
    ("validation set 64 (held out)", VALIDATION64),
    ("validation set 65 (held out)", VALIDATION65),
    ("validation set 66 (held out)", VALIDATION66),
    ("validation set 67 (held out)", VALIDATION67),
    ("validation set 68 (held out)", VALIDATION68),
    ("validation set 69 (held out)", VALIDATION69),
    ("validation set 70 (held out)", VALIDATION70),
    ("validation set 71 (held out)", VALIDATION71),
    ("validation set 72 (held out)", VALIDATION72),
    ("validation set 73 (held out)", VALIDATION73),
    ("validation set 74 (held out)", VALIDATION74),
    ("validation set 75 (held out)", VALIDATION75),
    ("validation set 76 (held out)", VALIDATION76),
    ("validation set 77 (held out)", VALIDATION77),
    ("validation set 78 (held out)", VALIDATION78),
    ("validation set 79 (held out)", VALIDATION79),
    ("validation set 80 (held out)", VALIDATION80),
    ("validation set 81 (held out)", VALIDATION81),
    ("validation set 82 (held out)", VALIDATION82),
    ("validation set 83 (held out)", VALIDATION83),
    ("validation set 84 (held out)", VALIDATION84),
    ("validation set 85 (held out)", VALIDATION85),
    ("validation set 86 (held out)", VALIDATION86),
    ("validation set 87 (held out)", VALIDATION87),
    ("validation set 88 (held out)", VALIDATION88),
    ("validation set 89 (held out)", VALIDATION89),
    ("validation set 90 (held out)", VALIDATION90),
    ("validation set 91 (held out)", VALIDATION91),
    ("validation set 92 (held out)", VALIDATION92),
    ("validation set 93 (held out)", VALIDATION93),
    ("validation set 94 (held out)", VALIDATION94),
    ("validation set 95 (held out)", VALIDATION95),
    ("validation set 96 (held out)", VALIDATION96),
    ("validation set 97 (held out)", VALIDATION97),
    ("validation set 98 (held out)", VALIDATION98),
    ("validation set 99 (held out)", VALIDATION99),
    ("validation set 100 (held out)", VALIDATION100),
    ("validation set 101 (held out)", VALIDATION101),
    ("validation set 102 (held out)", VALIDATION102),
    ("validation set 103 (held out)", VALIDATION103),
    ("validation set 104 (held out)", VALIDATION104),
    ("validation set 105 (held out)", VALIDATION105),
    ("validation set 106 (held out)", VALIDATION106),
    ("validation set 107 (held out)", VALIDATION107),
    ("validation set 108 (held out)", VALIDATION108),
    ("validation set 109 (held out)", VALIDATION109),
    ("validation set 110 (held out)", VALIDATION110),
    ("validation set 111 (held out)", VALIDATION111),
    ("validation set 112 (held out)", VALIDATION112),
    ("validation set 113 (held out)", VALIDATION113),
    ("validation set 114 (held out)", VALIDATION114),
    ("validation set 115 (held out)", VALIDATION115),
    ("validation set 116 (held out)", VALIDATION116),
    ("validation set 117 (held out)", VALIDATION117),
    ("validation set 118 (held out)", VALIDATION118),
    ("validation set 119 (held out)", VALIDATION119),
    ("validation set 120 (held out)", VALIDATION120),
    ("validation set 121 (held out)", VALIDATION121),
    ("validation set 122 (held out)", VALIDATION122),
    ("validation set 123 (held out)", VALIDATION123),
    ("validation set 124 (held out)", VALIDATION124),
    ("validation set 125 (held out)", VALIDATION125),
    ("validation set 126 (held out)", VALIDATION126),
    ("validation set 127 (held out)", VALIDATION127),
    ("validation set 128 (held out)", VALIDATION128),
    ("validation set 129 (held out)", VALIDATION129),
    ("validation set 130 (held out)", VALIDATION130),
    ("validation set 131 (held out)", VALIDATION131),
    ("validation set 132 (held out)", VALIDATION132),
    ("validation set 133 (held out)", VALIDATION133),
    ("validation set 134 (held out)", VALIDATION134),
    ("validation set 135 (held out)", VALIDATION135),
    ("validation set 136 (held out)", VALIDATION136),
    ("validation set 137 (held out)", VALIDATION137),
    ("validation set 138 (held out)", VALIDATION138),
    ("validation set 139 (held out)", VALIDATION139),
    ("validation set 140 (held out)", VALIDATION140),
    ("validation set 141 (held out)", VALIDATION141),
    ("validation set 142 (held out)", VALIDATION142),
    ("validation set 143 (held out)", VALIDATION143),
]
# The day the sets are asked on, for "cette année" and the default exercice; a set may give
# its own as `date:`.
EVAL_TODAY = dt.date(2026, 11, 30)
VERDICT = re.compile(r"^\s*(oui|non)\b(?! publi)", re.IGNORECASE)
# A question about what is lost: "atteint" answers it "non" ("je perds tout ?").
LOSS = re.compile(
    r"\b(perd\w*|perte|rien|pas droit|rate|rater|rates|loupe|louper|loupes|grille|foutu|fichu|"
    r"bloque|bloquer|bloquent|"
    r"cuit|mort|saute|sautent|sauter|(?:pose|poser) (?:un )?probleme|c'?est grave|un souci)\b"
    r"|\b(?:touche|toucherai|aurai) (?:0|zero)\b"  # "je touche 0 € ?": nothing paid
)
# Whether an item stops a block, not whether all is lost: "ça bloque le socle ?"
BLOCKS = re.compile(r"\b(bloque|bloquer|bloquent|empeche\w*)\b")
# "je perds tout (le FAMI) ?" is answered by what is left, not by the indicator's verdict:
# "Au plus 650 €" says no; a whole block ("tout le socle") is the indicator's block.
ALL_LOST = re.compile(
    r"\b(perd\w* (tout|toute|tous|les autres)|(touche\w*|aurai|percevrai) (plus )?rien|"
    r"zero (euro|€))\b"
    r"(?! le (socle|volet (1|un)))"
)
# "je touche le reste si j'ai raté le FSE ?": a loss in the condition is the situation, not
# what is asked; "ça passe ? et si non je perds combien ?" follows the yes/no up.
LOSS_IN_CONDITION = re.compile(
    r"\b(meme )?si (j'?\s?ai|je|on a|on) (pas )?(rate\w*|perdu)\b|\b(si non|sinon)\b[^?]*"
    # "va-t-il toucher les options malgré le socle raté ?": the loss is the situation
    r"|\bmalgre (le |la |les |l'|mon |ma |mes |son |sa |ses )?[\w-]+ (rate\w*|perdu\w*|loupe\w*)\b"
)
# A block named by its worth, said kept: "« Indicateurs socles » (490 €) ne dépend pas de …"
KEPT = re.compile(r"\((\d[\d\s\u202f]*)\s?€\) ne dépend pas de cet indicateur")
# Whether a figure explains what happened: "c'est pour ça que je n'ai rien touché ?"
CAUSE = re.compile(
    r"\b(c'?est|c|est-ce) (vraiment |bien |donc )?(pour ca|a cause de ca|pour cette raison|"
    r"la raison|pour \d+ (points?|%))"  # "c'est vraiment pour 2 points de pourcentage ?"
)
# Whether what happened is what the rules give, after a loss told (or a payment told)
EXPECTED = re.compile(r"\b(c'?est|c|est-ce|ce n'est pas|c'est pas) (normal|logique)\b")
TOLD_LOSS = re.compile(
    r"\b(pas eu|rien (eu|recu|touche|percu)|pas (recu|touche|percu)|zero|0 ?(€|euro))"
)
LEFT = re.compile(r"^(?:Au plus (\d[\d\s\u202f\u00a0]*)€|Sans lui, rien n'est versé)", re.MULTILINE)


@dataclass(frozen=True)
class Scores:
    n: int
    top1: float
    top3: float
    n_oos: int
    rejection: float  # out-of-scope questions declined
    declined: float  # in-scope questions not answered (suggested, declined, out of scope)
    wrong: float  # in-scope questions answered wrong, with confidence
    misses: list[tuple[str, str, str | None]]  # (question, expected, answered or outcome)
    false_accepts: list[tuple[str, str]]
    wrong_answers: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def wrong_overall(self) -> float:
        """Confident wrong answers among all questions, out-of-scope ones answered included."""
        total = self.n + self.n_oos
        bad = self.wrong * self.n + (1 - self.rejection) * self.n_oos
        return bad / total if total else 0.0


@dataclass(frozen=True)
class Shown:
    """What the user is given for one question, in the terms the scores need."""

    confident: bool  # an answer or a verdict, not suggestions or a decline
    entry: str | None  # the entry answered with (or shown after a verdict)
    text: str  # everything the reply says
    verdict: str | None  # "oui" | "non": what the reply answers a yes/no question
    suggested: list[tuple[str, str]]  # (entry id, its question and answer) offered instead
    outcome: str


def fold(text: str) -> str:
    """No case, no accents."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def fact_key(text: str) -> str:
    """Folded for fact matching: no case, accents, apostrophes or whitespace of any kind."""
    return re.sub(r"[\s'’`‘]+", "", fold(text))


def answer_text(ans: Answer, entry_index: int = 0) -> str:
    """What the index gives: the definition first, then the entry's question and reply."""
    parts = []
    if ans.definition is not None:
        parts.append(f"{ans.definition.sigle} : {ans.definition.developpe}")
    shown = [ans.hit] if ans.matched and ans.hit else ans.suggestions
    if len(shown) > entry_index:
        e = shown[entry_index].entry
        parts += [e.question, e.reponse]
    return "\n".join(parts)


def has_facts(text: str, faits: list[str | list[str]], verdict: str | None = None) -> bool:
    key = fact_key(text)
    for fait in faits:
        options = fait if isinstance(fait, list) else [fait]
        if not any(fact_key(str(o)) in key for o in options):
            return False
    return not contradicts(text, verdict)


def contradicts(text: str, verdict: str | None) -> bool:
    """A text whose last line (an entry's reply) opens with the opposite verdict."""
    if verdict is None:
        return False
    lines = text.split("\n")
    said = entry_verdict(lines[-1] if lines else "")
    return said is not None and said != verdict.lower()


def entry_verdict(reponse: str) -> str | None:
    m = VERDICT.match(reponse)
    return m.group(1).lower() if m else None


def rule_verdict(g: Grounded, question: str, text: str = "") -> str | None:
    """The calculator's verdict as the answer to the question: "atteint" says yes to "c'est
    bon ?", no to "je perds tout ?"; a reading in doubt says neither. "Je perds tout ?" is
    answered by what the reply says is left."""
    met = {"atteint": True, "non_atteint": False}.get(g.statut)
    if g.situation.sans is not None:
        met = not g.gated
    if met is None:
        return None
    clauses = re.split(r"[,;:.]\s", fold(question))
    asked = clauses[-1]  # "socle raté, … payées ?" asks "payées"
    if len(asked.split()) <= 3 and len(clauses) > 1:
        asked = f"{clauses[-2]} {asked}"  # "…, je perds tout, volet 2 compris ?": both
    # "je les touche quand même ou c'est tout ou rien ?": the first alternative is answered
    # ("… le socle ou c mort ?": the second alternative is the loss, not the question)
    asked = re.sub(
        r"\bou (c'?est |c |bien )?(tout ou rien|pas|non|rien|mort|foutu|fichu|cuit|perdu)\b.*",
        "",
        asked,
    )
    if CAUSE.search(asked):
        # "65 % en 2023, c'est pour ça que mon forfait est à zéro ?": a target missed explains
        return "non" if met else "oui"
    if EXPECTED.search(asked) and "ils restent dus" in text:
        return "non"  # "0 €, c'est normal ?": the reply says what stays due apart from the block
    if EXPECTED.search(asked):
        # "66 %, pas eu les 100 € de coordination, c'est normal ?": whether what happened is
        # what the rules give; a loss told is normal when the rule is not met
        told_loss = bool(TOLD_LOSS.search(fold(question)))
        return "oui" if told_loss != met else "non"
    left = LEFT.search(text)
    kept = KEPT.search(text)
    if kept and LOSS.search(asked) and re.sub(r"\D", "", kept[1]) in re.sub(r"\s", "", asked):
        return "non"  # "je perds les 490 € ?": the reply says that block does not depend on it
    if re.search("Non\u202f: «[^»]*» ne dépend pas de cet indicateur", text):
        return "non"  # "ça bloque mon volet 1 ?": the reply says that block does not hang on it
    if re.search("Oui\u202f: «[^»]*» n'est versé que si", text):
        return "oui"  # "ça m'empêche de toucher le volet 2 ?": the reply says it waits on it
    if LOSS.search(asked) and "Non\u202f: les autres indicateurs de" in text:
        return "non"  # "ça bloque le reste du volet 2 ?": the reply says the others stay paid
    if re.search("Non\u202f: pour l'exercice \\d{4}, l'objectif n'est pas", text):
        return "non"  # "c'est pas 70 % le seuil ?": the reply says the target quoted is not it
    if re.search("Oui\u202f: pour l'exercice \\d{4}, l'objectif est bien", text):
        return "oui"
    if "C'est exact\u202f: dans ce cas" in text:
        return "oui"  # "on m'a dit que ça valide pas, c'est vrai ?": the claim said true
    if "C'est inexact\u202f: dans ce cas" in text:
        return "non"
    if "Oui\u202f: sans lui, rien n'est versé" in text:
        return "oui"  # "je touche rien du tout alors ?": the reply says nothing is left
    if "Non\u202f: sans lui, jusqu'à" in text:
        return "non"  # … or what is still payable
    if "Non\u202f: vous perdez plus que cet indicateur" in text:
        return "non"  # "je perds juste les points des horaires ?": the reply says more goes
    if "Oui\u202f: vous ne perdez que cet indicateur" in text:
        return "oui"
    if "Au-delà de l'objectif, rien de plus" in text:
        return "non"  # "97 %, ça me donne des points en plus ?": the reply says no
    if re.search("Oui\u202f: l'exercice \\d{4} est en cours\u202f; ce qui est fait d'ici", text):
        return "oui"  # "faut que la 3e soit faite avant le 31/12 ?": in time, said yes
    if LOSS.search(asked) and "pas encore atteint" in text and not BLOCKS.search(asked):
        # "c'est foutu ?": not yet met, the year under way still open ("ça bloque le socle ?"
        # is answered by what the missing item stops, below)
        return "non"
    if ALL_LOST.search(asked) and left is not None:
        return "non" if int(re.sub(r"\D", "", left.group(1) or "0")) > 0 else "oui"
    if LOSS.search(LOSS_IN_CONDITION.sub(" ", asked)):
        met = not met
    return "oui" if met else "non"


def shown_by_responder(r: FaqResponder, q: str, session: Session) -> Shown:
    """The chat reply, as rendered."""
    rep = r.respond(q, session)
    text = to_text(rep.message) if rep.message is not None else ""
    if rep.grounded is not None:
        verdict = rule_verdict(rep.grounded, q, text)
    elif rep.fact is not None and rep.fact.verdict is not None:
        verdict = rep.fact.verdict
    else:
        verdict = entry_verdict(rep.entry.reponse) if rep.entry is not None else None
    suggested = [(e.id, f"{e.question}\n{e.reponse}") for e in rep.suggestions]
    entry = rep.entry.id if rep.entry is not None else None
    if rep.outcome == "definition" and rep.suggestions:  # the first entry about the term
        entry = rep.suggestions[0].id
    return Shown(rep.confident, entry, text, verdict, suggested, rep.outcome)


def shown_by_index(index: FaqIndex, q: str, session: Session, today: dt.date) -> Shown:
    """The FAQ index alone: its best entry or its suggestions, no calculator."""
    year = int(session.exercice) if session.exercice else None
    ans = index.answer(q, session.profession, year, today)
    hit = ans.hit.entry if ans.matched and ans.hit else None
    verdict = entry_verdict(hit.reponse) if hit is not None else None
    suggested = (
        [] if hit else [(h.entry.id, answer_text(ans, i)) for i, h in enumerate(ans.suggestions)]
    )
    return Shown(
        hit is not None, hit.id if hit else None, answer_text(ans), verdict, suggested, ans.outcome
    )


def evaluate(
    path: Path = DEVSET, responder: FaqResponder | None = None, index_only: bool = False
) -> Scores:
    """Scores of one set, on what the chat replies (default) or on the index alone."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    today = data.get("date") or EVAL_TODAY
    if isinstance(today, str):  # "date: '2026-12-01'", quoted
        today = dt.date.fromisoformat(today)
    responder = responder or FaqResponder.from_knowledge(load())
    responder.today = lambda: today

    def show(q: str, item: dict) -> Shown:
        year = item.get("exercice")
        session = Session(0, item.get("profession"), str(year) if year else None)
        if index_only:
            return shown_by_index(responder.index, q, session, today)
        return shown_by_responder(responder, q, session)

    top1 = top3 = declined = wrong = 0
    misses, wrong_answers = [], []
    for item in data["questions"]:
        s = show(item["q"], item)
        if "attendu" in item:
            expected = item["attendu"]
            right = s.confident and s.entry == expected
            near = right or expected in [i for i, _ in s.suggested[:3]]
        else:
            expected = " + ".join(map(str, item["faits"]))
            faits, verdict = item["faits"], item.get("verdict")
            says = has_facts(s.text, faits) and not (s.verdict and verdict and s.verdict != verdict)
            right = s.confident and says
            near = right or any(has_facts(t, faits, verdict) for _, t in s.suggested[:3])
        top1 += right
        top3 += near
        if right:
            continue
        if s.confident:
            wrong += 1
            wrong_answers.append((item["q"], expected, s.entry or f"({s.outcome})"))
        else:
            declined += 1
            misses.append((item["q"], expected, f"({s.outcome})"))
    rejected = 0
    false_accepts = []
    for q in data.get("hors_sujet") or []:
        s = show(q, {})
        if s.confident:
            false_accepts.append((q, s.entry or f"({s.outcome})"))
        else:
            rejected += 1
    n = len(data["questions"])
    n_oos = len(data.get("hors_sujet") or [])
    return Scores(
        n,
        top1 / n,
        top3 / n,
        n_oos,
        rejected / n_oos if n_oos else 1.0,
        declined / n,
        wrong / n,
        misses,
        false_accepts,
        wrong_answers,
    )


def report(name: str, s: Scores, verbose: bool = False) -> list[str]:
    lines = [
        f"{name}: {s.n} questions, {s.n_oos} hors sujet",
        f"  top-1 (answered right): {s.top1:.1%}",
        f"  top-3 (right among the first three shown): {s.top3:.1%}",
        f"  in-scope declined or suggested: {s.declined:.1%}",
        f"  confident wrong answers (in scope): {s.wrong:.1%}",
        f"  out-of-scope declined: {s.rejection:.1%}",
        f"  confident wrong answers (all questions, out of scope answered included): "
        f"{s.wrong_overall:.1%}",
    ]
    if verbose:
        lines += [f"  WRONG {q!r}: attendu {e}, obtenu {g}" for q, e, g in s.wrong_answers]
        lines += [f"  MISS  {q!r}: attendu {e}, obtenu {g}" for q, e, g in s.misses]
        lines += [f"  FALSE {q!r}: {g}" for q, g in s.false_accepts]
    return lines


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    verbose, index_only = "-v" in args, "--index" in args
    paths = [Path(a) for a in args if not a.startswith("-")]
    sets = [(str(p), p) for p in paths] or [(n, p) for n, p in SETS if p.exists()]
    responder = FaqResponder.from_knowledge(load())
    if index_only:
        print("FAQ index alone (no calculator, no reply):")
    for name, path in sets:
        held_out = path.resolve() in (
            TESTSET,
            BLINDSET,
            VALIDATION,
            VALIDATION2,
            VALIDATION3,
            VALIDATION4,
            VALIDATION5,
            VALIDATION6,
            VALIDATION7,
            VALIDATION8,
            VALIDATION9,
            VALIDATION10,
            VALIDATION11,
            VALIDATION12,
            VALIDATION13,
            VALIDATION14,
            VALIDATION15,
            VALIDATION16,
            VALIDATION17,
            VALIDATION18,
            VALIDATION19,
            VALIDATION20,
            VALIDATION21,
            VALIDATION22,
            VALIDATION23,
            VALIDATION24,
            VALIDATION25,
            VALIDATION26,
            VALIDATION27,
            VALIDATION28,
            VALIDATION29,
            VALIDATION30,
            VALIDATION31,
            VALIDATION32,
            VALIDATION33,
            VALIDATION34,
            VALIDATION35,
            VALIDATION36,
            VALIDATION37,
            VALIDATION38,
            VALIDATION39,
            VALIDATION40,
            VALIDATION41,
            VALIDATION42,
            VALIDATION43,
            VALIDATION44,
            VALIDATION45,
            VALIDATION46,
            VALIDATION47,
            VALIDATION48,
            VALIDATION49,
            VALIDATION50,
            VALIDATION51,
            VALIDATION52,
            VALIDATION53,
            VALIDATION54,
            VALIDATION55,
            VALIDATION56,
            VALIDATION57,
            VALIDATION58,
            VALIDATION59,
            VALIDATION60,
            VALIDATION61,
            VALIDATION62,
            VALIDATION63,
            VALIDATION64,
            VALIDATION65,
            VALIDATION66,
            VALIDATION67,
            VALIDATION68,
            VALIDATION69,
            VALIDATION70,
            VALIDATION71,
            VALIDATION72,
            VALIDATION73,
            VALIDATION74,
            VALIDATION75,
            VALIDATION76,
            VALIDATION77,
            VALIDATION78,
            VALIDATION79,
            VALIDATION80,
            VALIDATION81,
            VALIDATION82,
            VALIDATION83,
            VALIDATION84,
            VALIDATION85,
            VALIDATION86,
            VALIDATION87,
            VALIDATION88,
            VALIDATION89,
            VALIDATION90,
            VALIDATION91,
            VALIDATION92,
            VALIDATION93,
            VALIDATION94,
            VALIDATION95,
            VALIDATION96,
            VALIDATION97,
            VALIDATION98,
            VALIDATION99,
            VALIDATION100,
            VALIDATION101,
            VALIDATION102,
            VALIDATION103,
            VALIDATION104,
            VALIDATION105,
            VALIDATION106,
            VALIDATION107,
            VALIDATION108,
            VALIDATION109,
            VALIDATION110,
            VALIDATION111,
            VALIDATION112,
            VALIDATION113,
            VALIDATION114,
            VALIDATION115,
            VALIDATION116,
            VALIDATION117,
            VALIDATION118,
            VALIDATION119,
            VALIDATION120,
            VALIDATION121,
            VALIDATION122,
            VALIDATION123,
            VALIDATION124,
            VALIDATION125,
            VALIDATION126,
            VALIDATION127,
            VALIDATION128,
            VALIDATION129,
            VALIDATION130,
            VALIDATION131,
            VALIDATION132,
            VALIDATION133,
            VALIDATION134,
            VALIDATION135,
            VALIDATION136,
            VALIDATION137,
            VALIDATION138,
            VALIDATION139,
            VALIDATION140,
            VALIDATION141,
            VALIDATION142,
            VALIDATION143,
        )
        blind = held_out or (not paths and TUNED not in name)
        scores = evaluate(path, responder, index_only)
        print("\n".join(report(name, scores, verbose and not blind)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
