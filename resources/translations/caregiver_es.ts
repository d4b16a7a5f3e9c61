<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>domain.answers</name>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>%n more allowed today (at most {most} a day), not before {time}.</source>
        <extracomment>English singular: %n more allowed today (at most {most} a day), not before {time}.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>%n more allowed today (at most {most} a day).</source>
        <extracomment>English singular: %n more allowed today (at most {most} a day).</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>A dose of {name} is already logged at {time}, {span} ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>A dose of {name} was logged at {time}, after this one was due: if that was this dose, answer “Taken at…” with its time instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>Don&apos;t record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>If that dose was this missed one, answer “Taken at…” with its time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>If this is the wrong dose, choose “Don&apos;t record it” and pick the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>No more allowed today (at most {most} a day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>None taken today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>Record it as not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>Record it as skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>Record it as taken {span} early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>Recorded as taken today, {day}, at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>Recorded as taken yesterday, {day}, at {time}: it is only {now} now, so {time} today has not come yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>So leave the missed dose out: do not take another dose now, and take the next dose at the usual time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>Taken so early?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>Taken today at {times}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>This dose is not due yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>this medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>{times} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>{time} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>{what} is due at {due}, but this records it as taken at {at}, {span} before its time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>{what} is due at {due}, but this records it as taken now, {span} before its time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>{what} is due at {due}, {span} from now. Record it as not taken already?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>{what} is due at {due}, {span} from now. Record it as skipped already?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.diary</name>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>A check-in answer needs the day it was asked about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>A check-in day needs the check-in it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>A missed pump refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>A missed refill: call the doctor now, before the pump runs empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>A seizure (fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Alcohol or sedating medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Also contact the doctor now about: {signs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Call the emergency number now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Call the emergency number now: go to hospital at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Call the emergency number straight away for a seizure, if the person is very hard to wake, or for slow or shallow breathing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Constipation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Contact the doctor now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Contact the doctor now about: {signs}. If it is severe, call the emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Dizziness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Drowsiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Faintness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Fatigue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Go to hospital at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Hallucinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Headache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>High fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>High fever, rigid muscles or sharply worse spasticity matter most after missed doses, running out, a lowered dose or a pump problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>How bad were the spasms in the last 24 hours? (only when there were spasms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>How often were there spasms in the last 24 hours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Infrequent full spasms, less than once an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Insomnia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Low blood pressure / faintness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Mild spasms only when stimulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>More than ten an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>More than the prescribed dose matters most with alcohol or sedating medicines, or with kidney disease.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>More than the prescribed dose was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Nausea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>New itching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>New or severe confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>No spasms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Other side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Pain (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Pain: 0 no pain, 10 worst possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Please give the date and time of the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Rigid muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Sleep (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Slow or shallow breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasm frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasm frequency (Penn 0–4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasm severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasm severity (Penn 1–3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasm severity is only asked when there were spasms (frequency above 0); leave it empty or choose a frequency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasms more than once an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasticity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasticity (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasticity sharply worse or coming back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Stretching / physiotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The &apos;from&apos; date is after the &apos;to&apos; date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The check-in day {date} is not between 1900 and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The check-in this entry answers is not one the app knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The date {date} is before the person&apos;s date of birth ({birth}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The day of the check-in must be a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The lowest score is above the highest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The number that best describes the spasticity in the last 24 hours: 0 none, 10 worst possible (usually scored at bedtime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The pump&apos;s two-tone alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The time {time} is in the future (after the end of today). Diary entries are for what has happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>This person&apos;s record says their kidney function is reduced: say so when you call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Times spasms woke them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Unknown danger sign; choose from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Unknown score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Unknown side effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Unknown side effect; choose from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Urinary frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Very hard to wake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>With a baclofen pump this can mean withdrawal or a pump fault: go to hospital at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>a missed pump refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>a seizure (fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>faintness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>hallucinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>high fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>more than the prescribed dose was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>new itching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>new or severe confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>pain {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>rigid muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>slow or shallow breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>spasms {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>spasticity sharply worse or coming back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>spasticity {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>the pump&apos;s two-tone alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>very hard to wake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>{date} is before 1900; please check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>{label} must be a whole number ({minimum} to {maximum}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>{label} must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.dosing</name>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>%n hours</source>
        <extracomment>English singular: %n hour</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>%n minutes</source>
        <extracomment>English singular: %n minute</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>A dose of {name} is already logged at {when}, {gap} after this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>A dose of {name} is already logged at {when}, {gap} before this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>If you are not sure about the next dose, {talk}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>If you are not sure what to do, {talk}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>If you are not sure, {talk}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>If {what} due at {when} was not taken: check the medicine&apos;s leaflet for what to do about a missed dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>If {what} due at {when} was not taken: take it now, as soon as you remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>If {what} due at {when} was not taken: the next dose (due at {next}) is already due, so leave the missed dose out and take the next dose at the usual time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>If {what} due at {when} was not taken: the next dose is less than 2 hours away (at {next}), so leave the missed dose out and take the next dose at the usual time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>Is this really another dose?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>Never take 2 doses at once or an extra dose to make up for a missed one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>Stopping baclofen suddenly can be dangerous: if high fever, rigid muscles or much worse spasticity appear after missed doses, contact the doctor now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The NHS advice is to leave a missed dose out when the next is less than 2 hours away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The as-needed prescription for {name} runs from {start} to {end}, not on {day}. Please check, and if you are not sure, {talk}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The as-needed prescription for {name} runs from {start}, not on {day}. Please check, and if you are not sure, {talk}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The doses of {name} on {day} add up to {total} with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The doses of {name} on {day} add up to {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The label says the total should not exceed {most} mg a day. Please check the doses, and {talk}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The next dose of {name} is due at {when}, less than 2 hours after {at}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The next dose would be allowed from {next}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The planned doses of {name} on {day} add up to {total} (counting as-needed doses at their daily limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The planned doses of {name} on {day} add up to {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>This dose of {name} would be only {gap} after the dose at {when}; the prescription says at least {least} between doses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>This dose of {name} would be only {gap} before the dose at {when}; the prescription says at least {least} between doses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>This happens on {count} days between {first} and {last} in the period checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>This would be dose number {count} of {name} on {day}; the prescription allows at most {most} a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>When the dose goes up: avoid driving or using machinery until you know how the new dose affects you (baclofen label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>With this dose, {name} on {day} would add up to {total}; the prescription allows at most {most} a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>talk to your doctor or nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>the {dose} dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>the {dose} dose of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>this medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>{amount} mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>{time} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.entry_checks</name>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>A dose every %n minutes: two doses that close together would be taken as one double dose. Is this what the prescription says, or a typing slip (minutes for hours)?</source>
        <extracomment>English singular: A dose every %n minutes: two doses that close together would be taken as one double dose. Is this what the prescription says, or a typing slip (minutes for hours)?</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>One dose of {dose} is more than the label&apos;s most for a whole day ({most} mg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>one dose of {dose} is more than the label&apos;s most for a whole day ({most} mg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>{amount} mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>{dose} is {count} packets of {strength} at one time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>{dose} is {count} tablets of {strength} at one time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>{first} and {second} are only %n minutes apart</source>
        <extracomment>English singular: {first} and {second} are only %n minute apart</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>{pairs}. Two doses that close together would be taken as one double dose (the app asks about any two doses logged less than {minutes} minutes apart). Is this what the prescription says, or a typing slip?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>{problems}. Is this really what the prescription says, or a typing slip (mg for tablets, or a 0 too many)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.validation</name>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>Please enter {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} cannot be before {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} contains a broken character that cannot be saved; please retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} contains invisible control characters; please retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} is too long ({count} characters); the most is {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be a date like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be a real number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be between {minimum} and {maximum} {unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be between {minimum} and {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} {date} is before 1900; please check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} {date} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label}: please write a date like {example} or just the year, like {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label}: please write a date like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label}: please write the year in full, like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label}: there is no such day ({text}); please check it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.watch</name>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>A daily total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>A pump refill or low-reservoir date has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>Baclofen doses missed or not answered ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>Dose lowered to {mg} a day on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>Dose lowered to {mg} a day on {day} ({what})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>Dose raised to {mg} a day on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>Dose raised to {mg} a day on {day} ({what})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>Dose watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>Doses of baclofen were missed or not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>The baclofen has run out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>The day of the event ({day}) is not between 1900 and a few weeks after it was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>The day of the event must be a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>The dose has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>The dose of baclofen has been lowered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>The dose of baclofen has gone up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>The kind of event must be one of {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>The pump was refilled (the days after a refill are watched as a precaution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>a pump refill or low-reservoir date has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>doses of baclofen were missed or not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>the baclofen has run out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>the dose of baclofen has been lowered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>the dose of baclofen has gone up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>the pump was refilled (the days after a refill are watched as a precaution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>{amount} mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>{changes}, and %n other changes</source>
        <extracomment>English singular: {changes}, and %n other change</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>{first}; also {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>{reasons}. Tick anything you have noticed in the last 24 hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>{reasons}. Tick anything you have noticed since the last check-in (the last 24 hours):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.settings_dialog</name>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>A new language is used the next time Caregiver Assistant starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Not available on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Play a sound with reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Reminder sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Same as this computer ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start Caregiver Assistant when I log in (so reminders come)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.theme</name>
    <message>
        <location filename="../../src/caregiver_app/ui/theme.py"/>
        <source>Extra large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/theme.py"/>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/theme.py"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
