<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>app</name>
    <message numerus="yes">
        <location filename="../src/caregiver_app/app.py"/>
        <source>%n records in the data file are damaged and left out; everything else is shown and reminded as usual.

{records}

The command &apos;caregiver-app check&apos; lists them all. A backup from before the damage (File &gt; Restore from backup…) brings them back.</source>
        <extracomment>English singular: %n record in the data file is damaged and left out; everything else is shown and reminded as usual.

{records}

The command &apos;caregiver-app check&apos; lists them all. A backup from before the damage (File &gt; Restore from backup…) brings them back.</extracomment>
        <translation>
            <numerusform>⟦%n ŕéçóŕđ íñ ŧĥé đáŧá fíłé íš đámáğéđ áñđ łéfŧ óúŧ; évéŕýŧĥíñğ éłšé íš šĥóŵñ áñđ ŕémíñđéđ áš úšúáł.

{records}

Ŧĥé çómmáñđ &apos;çáŕéğívéŕ-ápp çĥéçķ&apos; łíšŧš ŧĥém áłł. Á báçķúp fŕóm béfóŕé ŧĥé đámáğé (Fíłé &gt; Ŕéšŧóŕé fŕóm báçķúp…) bŕíñğš ŧĥém báçķ.·······································································⟧</numerusform>
            <numerusform>⟦%n ŕéçóŕđš íñ ŧĥé đáŧá fíłé áŕé đámáğéđ áñđ łéfŧ óúŧ; évéŕýŧĥíñğ éłšé íš šĥóŵñ áñđ ŕémíñđéđ áš úšúáł.

{records}

Ŧĥé çómmáñđ &apos;çáŕéğívéŕ-ápp çĥéçķ&apos; łíšŧš ŧĥém áłł. Á báçķúp fŕóm béfóŕé ŧĥé đámáğé (Fíłé &gt; Ŕéšŧóŕé fŕóm báçķúp…) bŕíñğš ŧĥém báçķ.········································································⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Already running</source>
        <translation>⟦Áłŕéáđý ŕúññíñğ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Cannot open your data</source>
        <translation>⟦Çáññóŧ ópéñ ýóúŕ đáŧá·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Cannot use the data folder</source>
        <translation>⟦Çáññóŧ úšé ŧĥé đáŧá fółđéŕ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Caregiver Assistant is already running; its window was brought forward.</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ íš áłŕéáđý ŕúññíñğ; íŧš ŵíñđóŵ ŵáš bŕóúğĥŧ fóŕŵáŕđ.························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Caregiver Assistant is still running</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ íš šŧíłł ŕúññíñğ·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Caregiver Assistant keeps running in the system tray so that reminders still come. Click its icon to open it again; use Quit in its menu (or Ctrl+Q) to stop it.</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ ķéépš ŕúññíñğ íñ ŧĥé šýšŧém ŧŕáý šó ŧĥáŧ ŕémíñđéŕš šŧíłł çómé. Çłíçķ íŧš íçóñ ŧó ópéñ íŧ áğáíñ; úšé Qúíŧ íñ íŧš méñú (óŕ Çŧŕł+Q) ŧó šŧóp íŧ.··················································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Caregiver Assistant seems to be running already but does not answer. If it is stuck, end it and start again.</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ šéémš ŧó bé ŕúññíñğ áłŕéáđý búŧ đóéš ñóŧ áñšŵéŕ. Íf íŧ íš šŧúçķ, éñđ íŧ áñđ šŧáŕŧ áğáíñ.··································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Could not change the start-at-login setting: {error}</source>
        <translation>⟦Çóúłđ ñóŧ çĥáñğé ŧĥé šŧáŕŧ-áŧ-łóğíñ šéŧŧíñğ: {error}··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Damaged file kept</source>
        <translation>⟦Đámáğéđ fíłé ķépŧ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Data from a newer version</source>
        <translation>⟦Đáŧá fŕóm á ñéŵéŕ véŕšíóñ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Keep running</source>
        <translation>⟦Ķéép ŕúññíñğ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Quit</source>
        <translation>⟦Qúíŧ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Quit Caregiver Assistant?</source>
        <translation>⟦Qúíŧ Çáŕéğívéŕ Áššíšŧáñŧ?·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Quit, reminders stop</source>
        <translation>⟦Qúíŧ, ŕémíñđéŕš šŧóp·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Quitting stops the app: no dose reminders come until you start it again.</source>
        <translation>⟦Qúíŧŧíñğ šŧópš ŧĥé ápp: ñó đóšé ŕémíñđéŕš çómé úñŧíł ýóú šŧáŕŧ íŧ áğáíñ.·······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Reminders keep coming. Open it again from the icon in the system tray; choose Quit there to stop it.</source>
        <translation>⟦Ŕémíñđéŕš ķéép çómíñğ. Ópéñ íŧ áğáíñ fŕóm ŧĥé íçóñ íñ ŧĥé šýšŧém ŧŕáý; çĥóóšé Qúíŧ ŧĥéŕé ŧó šŧóp íŧ.································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Reminders paused until {time}</source>
        <translation>⟦Ŕémíñđéŕš páúšéđ úñŧíł {time}········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Some records could not be read</source>
        <translation>⟦Šómé ŕéçóŕđš çóúłđ ñóŧ bé ŕéáđ··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Start a fresh data file</source>
        <translation>⟦Šŧáŕŧ á fŕéšĥ đáŧá fíłé········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Start at login</source>
        <translation>⟦Šŧáŕŧ áŧ łóğíñ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Still running in the tray</source>
        <translation>⟦Šŧíłł ŕúññíñğ íñ ŧĥé ŧŕáý········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>The damaged file was kept as:
{path}</source>
        <translation>⟦Ŧĥé đámáğéđ fíłé ŵáš ķépŧ áš:
{path}·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>The data folder {folder} is read-only, so your data cannot be opened ({reason}). Nothing was changed. Make the folder writable and start again.</source>
        <translation>⟦Ŧĥé đáŧá fółđéŕ {folder} íš ŕéáđ-óñłý, šó ýóúŕ đáŧá çáññóŧ bé ópéñéđ ({reason}). Ñóŧĥíñğ ŵáš çĥáñğéđ. Máķé ŧĥé fółđéŕ ŵŕíŧábłé áñđ šŧáŕŧ áğáíñ.·······································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>This computer has no system tray, so closing the window quits the app and reminders stop until you start it again.</source>
        <translation>⟦Ŧĥíš çómpúŧéŕ ĥáš ñó šýšŧém ŧŕáý, šó çłóšíñğ ŧĥé ŵíñđóŵ qúíŧš ŧĥé ápp áñđ ŕémíñđéŕš šŧóp úñŧíł ýóú šŧáŕŧ íŧ áğáíñ.·····································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Your data file cannot be read</source>
        <translation>⟦Ýóúŕ đáŧá fíłé çáññóŧ bé ŕéáđ··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>{problem}

You can start again with a fresh, empty data file. The damaged file is kept beside it (renamed), so it can still be rescued later.</source>
        <translation>⟦{problem}

Ýóú çáñ šŧáŕŧ áğáíñ ŵíŧĥ á fŕéšĥ, émpŧý đáŧá fíłé. Ŧĥé đámáğéđ fíłé íš ķépŧ béšíđé íŧ (ŕéñáméđ), šó íŧ çáñ šŧíłł bé ŕéšçúéđ łáŧéŕ.········································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>• … and {count} more</source>
        <translation>⟦• … áñđ {count} móŕé···⟧</translation>
    </message>
</context>
<context>
    <name>domain.answers</name>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>%n more allowed today (at most {most} a day), not before {time}.</source>
        <extracomment>English singular: %n more allowed today (at most {most} a day), not before {time}.</extracomment>
        <translation>
            <numerusform>⟦%n móŕé áłłóŵéđ ŧóđáý (áŧ móšŧ {most} á đáý), ñóŧ béfóŕé {time}.··············⟧</numerusform>
            <numerusform>⟦%n móŕé áłłóŵéđ ŧóđáý (áŧ móšŧ {most} á đáý), ñóŧ béfóŕé {time}.··············⟧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>%n more allowed today (at most {most} a day).</source>
        <extracomment>English singular: %n more allowed today (at most {most} a day).</extracomment>
        <translation>
            <numerusform>⟦%n móŕé áłłóŵéđ ŧóđáý (áŧ móšŧ {most} á đáý).··········⟧</numerusform>
            <numerusform>⟦%n móŕé áłłóŵéđ ŧóđáý (áŧ móšŧ {most} á đáý).··········⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>A dose of {name} is already logged at {time}, {span} ago.</source>
        <translation>⟦Á đóšé óf {name} íš áłŕéáđý łóğğéđ áŧ {time}, {span} áğó.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>A dose of {name} was logged at {time}, after this one was due: if that was this dose, answer “Taken at…” with its time instead.</source>
        <translation>⟦Á đóšé óf {name} ŵáš łóğğéđ áŧ {time}, áfŧéŕ ŧĥíš óñé ŵáš đúé: íf ŧĥáŧ ŵáš ŧĥíš đóšé, áñšŵéŕ “Ŧáķéñ áŧ…” ŵíŧĥ íŧš ŧímé íñšŧéáđ.··································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>Don&apos;t record it</source>
        <translation>⟦Đóñ&apos;ŧ ŕéçóŕđ íŧ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>If that dose was this missed one, answer “Taken at…” with its time.</source>
        <translation>⟦Íf ŧĥáŧ đóšé ŵáš ŧĥíš míššéđ óñé, áñšŵéŕ “Ŧáķéñ áŧ…” ŵíŧĥ íŧš ŧímé.····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>If this is the wrong dose, choose “Don&apos;t record it” and pick the right one.</source>
        <translation>⟦Íf ŧĥíš íš ŧĥé ŵŕóñğ đóšé, çĥóóšé “Đóñ&apos;ŧ ŕéçóŕđ íŧ” áñđ píçķ ŧĥé ŕíğĥŧ óñé.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>No more allowed today (at most {most} a day).</source>
        <translation>⟦Ñó móŕé áłłóŵéđ ŧóđáý (áŧ móšŧ {most} á đáý).···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>None taken today.</source>
        <translation>⟦Ñóñé ŧáķéñ ŧóđáý.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>Record it as not taken</source>
        <translation>⟦Ŕéçóŕđ íŧ áš ñóŧ ŧáķéñ·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>Record it as skipped</source>
        <translation>⟦Ŕéçóŕđ íŧ áš šķíppéđ·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>Record it as taken {span} early</source>
        <translation>⟦Ŕéçóŕđ íŧ áš ŧáķéñ {span} éáŕłý········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>Recorded as taken today, {day}, at {time}.</source>
        <translation>⟦Ŕéçóŕđéđ áš ŧáķéñ ŧóđáý, {day}, áŧ {time}.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>Recorded as taken yesterday, {day}, at {time}: it is only {now} now, so {time} today has not come yet.</source>
        <translation>⟦Ŕéçóŕđéđ áš ŧáķéñ ýéšŧéŕđáý, {day}, áŧ {time}: íŧ íš óñłý {now} ñóŵ, šó {time} ŧóđáý ĥáš ñóŧ çómé ýéŧ.·······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>So leave the missed dose out: do not take another dose now, and take the next dose at the usual time.</source>
        <translation>⟦Šó łéávé ŧĥé míššéđ đóšé óúŧ: đó ñóŧ ŧáķé áñóŧĥéŕ đóšé ñóŵ, áñđ ŧáķé ŧĥé ñéxŧ đóšé áŧ ŧĥé úšúáł ŧímé.·······························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>Taken so early?</source>
        <translation>⟦Ŧáķéñ šó éáŕłý?·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>Taken today at {times}.</source>
        <translation>⟦Ŧáķéñ ŧóđáý áŧ {times}.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>This dose is not due yet</source>
        <translation>⟦Ŧĥíš đóšé íš ñóŧ đúé ýéŧ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>this medicine</source>
        <translation>⟦ŧĥíš méđíçíñé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>{times} and {last}</source>
        <translation>⟦{times} áñđ {last}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>{time} on {day}</source>
        <translation>⟦{time} óñ {day}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>{what} is due at {due}, but this records it as taken at {at}, {span} before its time.</source>
        <translation>⟦{what} íš đúé áŧ {due}, búŧ ŧĥíš ŕéçóŕđš íŧ áš ŧáķéñ áŧ {at}, {span} béfóŕé íŧš ŧímé.··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>{what} is due at {due}, but this records it as taken now, {span} before its time.</source>
        <translation>⟦{what} íš đúé áŧ {due}, búŧ ŧĥíš ŕéçóŕđš íŧ áš ŧáķéñ ñóŵ, {span} béfóŕé íŧš ŧímé.··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>{what} is due at {due}, {span} from now. Record it as not taken already?</source>
        <translation>⟦{what} íš đúé áŧ {due}, {span} fŕóm ñóŵ. Ŕéçóŕđ íŧ áš ñóŧ ŧáķéñ áłŕéáđý?················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>{what} is due at {due}, {span} from now. Record it as skipped already?</source>
        <translation>⟦{what} íš đúé áŧ {due}, {span} fŕóm ñóŵ. Ŕéçóŕđ íŧ áš šķíppéđ áłŕéáđý?···············⟧</translation>
    </message>
</context>
<context>
    <name>domain.diary</name>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>A check-in answer needs the day it was asked about.</source>
        <translation>⟦Á çĥéçķ-íñ áñšŵéŕ ñééđš ŧĥé đáý íŧ ŵáš ášķéđ ábóúŧ.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>A check-in day needs the check-in it belongs to.</source>
        <translation>⟦Á çĥéçķ-íñ đáý ñééđš ŧĥé çĥéçķ-íñ íŧ béłóñğš ŧó.···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>A missed pump refill</source>
        <translation>⟦Á míššéđ púmp ŕéfíłł·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>A missed refill: call the doctor now, before the pump runs empty.</source>
        <translation>⟦Á míššéđ ŕéfíłł: çáłł ŧĥé đóçŧóŕ ñóŵ, béfóŕé ŧĥé púmp ŕúñš émpŧý.····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>A seizure (fit)</source>
        <translation>⟦Á šéížúŕé (fíŧ)····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Alcohol or sedating medicines</source>
        <translation>⟦Áłçóĥół óŕ šéđáŧíñğ méđíçíñéš··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Also contact the doctor now about: {signs}.</source>
        <translation>⟦Áłšó çóñŧáçŧ ŧĥé đóçŧóŕ ñóŵ ábóúŧ: {signs}.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Call the emergency number now</source>
        <translation>⟦Çáłł ŧĥé éméŕğéñçý ñúmbéŕ ñóŵ··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Call the emergency number now: go to hospital at once</source>
        <translation>⟦Çáłł ŧĥé éméŕğéñçý ñúmbéŕ ñóŵ: ğó ŧó ĥóšpíŧáł áŧ óñçé·················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Call the emergency number straight away for a seizure, if the person is very hard to wake, or for slow or shallow breathing.</source>
        <translation>⟦Çáłł ŧĥé éméŕğéñçý ñúmbéŕ šŧŕáíğĥŧ áŵáý fóŕ á šéížúŕé, íf ŧĥé péŕšóñ íš véŕý ĥáŕđ ŧó ŵáķé, óŕ fóŕ šłóŵ óŕ šĥáłłóŵ bŕéáŧĥíñğ.········································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Confusion</source>
        <translation>⟦Çóñfúšíóñ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Constipation</source>
        <translation>⟦Çóñšŧípáŧíóñ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Contact the doctor now</source>
        <translation>⟦Çóñŧáçŧ ŧĥé đóçŧóŕ ñóŵ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Contact the doctor now about: {signs}. If it is severe, call the emergency number.</source>
        <translation>⟦Çóñŧáçŧ ŧĥé đóçŧóŕ ñóŵ ábóúŧ: {signs}. Íf íŧ íš šévéŕé, çáłł ŧĥé éméŕğéñçý ñúmbéŕ.·······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Daily</source>
        <translation>⟦Đáíłý··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Dizziness</source>
        <translation>⟦Đížžíñéšš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Drowsiness</source>
        <translation>⟦Đŕóŵšíñéšš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Faintness</source>
        <translation>⟦Fáíñŧñéšš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Fatigue</source>
        <translation>⟦Fáŧíğúé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Go to hospital at once</source>
        <translation>⟦Ğó ŧó ĥóšpíŧáł áŧ óñçé·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Hallucinations</source>
        <translation>⟦Ĥáłłúçíñáŧíóñš······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Headache</source>
        <translation>⟦Ĥéáđáçĥé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>High fever</source>
        <translation>⟦Ĥíğĥ févéŕ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>High fever, rigid muscles or sharply worse spasticity matter most after missed doses, running out, a lowered dose or a pump problem.</source>
        <translation>⟦Ĥíğĥ févéŕ, ŕíğíđ múšçłéš óŕ šĥáŕpłý ŵóŕšé špášŧíçíŧý máŧŧéŕ móšŧ áfŧéŕ míššéđ đóšéš, ŕúññíñğ óúŧ, á łóŵéŕéđ đóšé óŕ á púmp pŕóbłém.···········································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>How bad were the spasms in the last 24 hours? (only when there were spasms)</source>
        <translation>⟦Ĥóŵ báđ ŵéŕé ŧĥé špášmš íñ ŧĥé łášŧ 24 ĥóúŕš? (óñłý ŵĥéñ ŧĥéŕé ŵéŕé špášmš)······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>How often were there spasms in the last 24 hours?</source>
        <translation>⟦Ĥóŵ ófŧéñ ŵéŕé ŧĥéŕé špášmš íñ ŧĥé łášŧ 24 ĥóúŕš?···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Infrequent full spasms, less than once an hour</source>
        <translation>⟦Íñfŕéqúéñŧ fúłł špášmš, łéšš ŧĥáñ óñçé áñ ĥóúŕ···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Insomnia</source>
        <translation>⟦Íñšómñíá···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Low blood pressure / faintness</source>
        <translation>⟦Łóŵ błóóđ pŕéššúŕé / fáíñŧñéšš··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Mild</source>
        <translation>⟦Míłđ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Mild spasms only when stimulated</source>
        <translation>⟦Míłđ špášmš óñłý ŵĥéñ šŧímúłáŧéđ···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Moderate</source>
        <translation>⟦Móđéŕáŧé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Monthly</source>
        <translation>⟦Móñŧĥłý···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>More than ten an hour</source>
        <translation>⟦Móŕé ŧĥáñ ŧéñ áñ ĥóúŕ·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>More than the prescribed dose matters most with alcohol or sedating medicines, or with kidney disease.</source>
        <translation>⟦Móŕé ŧĥáñ ŧĥé pŕéšçŕíbéđ đóšé máŧŧéŕš móšŧ ŵíŧĥ áłçóĥół óŕ šéđáŧíñğ méđíçíñéš, óŕ ŵíŧĥ ķíđñéý đíšéášé.··································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>More than the prescribed dose was taken</source>
        <translation>⟦Móŕé ŧĥáñ ŧĥé pŕéšçŕíbéđ đóšé ŵáš ŧáķéñ·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Nausea</source>
        <translation>⟦Ñáúšéá··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>New itching</source>
        <translation>⟦Ñéŵ íŧçĥíñğ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>New or severe confusion</source>
        <translation>⟦Ñéŵ óŕ šévéŕé çóñfúšíóñ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>No spasms</source>
        <translation>⟦Ñó špášmš···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Notes</source>
        <translation>⟦Ñóŧéš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Other side effects</source>
        <translation>⟦Óŧĥéŕ šíđé éfféçŧš······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Pain</source>
        <translation>⟦Páíñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Pain (0–10)</source>
        <translation>⟦Páíñ (0–10)··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Pain: 0 no pain, 10 worst possible.</source>
        <translation>⟦Páíñ: 0 ñó páíñ, 10 ŵóŕšŧ póššíbłé.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Please give the date and time of the entry.</source>
        <translation>⟦Płéášé ğívé ŧĥé đáŧé áñđ ŧímé óf ŧĥé éñŧŕý.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Rigid muscles</source>
        <translation>⟦Ŕíğíđ múšçłéš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Severe</source>
        <translation>⟦Šévéŕé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Sleep</source>
        <translation>⟦Šłéép··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Sleep (hours)</source>
        <translation>⟦Šłéép (ĥóúŕš)····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Slow or shallow breathing</source>
        <translation>⟦Šłóŵ óŕ šĥáłłóŵ bŕéáŧĥíñğ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Spasm frequency</source>
        <translation>⟦Špášm fŕéqúéñçý······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Spasm frequency (Penn 0–4)</source>
        <translation>⟦Špášm fŕéqúéñçý (Péññ 0–4)·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Spasm severity</source>
        <translation>⟦Špášm šévéŕíŧý·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Spasm severity (Penn 1–3)</source>
        <translation>⟦Špášm šévéŕíŧý (Péññ 1–3)·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Spasm severity is only asked when there were spasms (frequency above 0); leave it empty or choose a frequency.</source>
        <translation>⟦Špášm šévéŕíŧý íš óñłý ášķéđ ŵĥéñ ŧĥéŕé ŵéŕé špášmš (fŕéqúéñçý ábóvé 0); łéávé íŧ émpŧý óŕ çĥóóšé á fŕéqúéñçý.···································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Spasms more than once an hour</source>
        <translation>⟦Špášmš móŕé ŧĥáñ óñçé áñ ĥóúŕ··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Spasticity</source>
        <translation>⟦Špášŧíçíŧý····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Spasticity (0–10)</source>
        <translation>⟦Špášŧíçíŧý (0–10)····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Spasticity sharply worse or coming back</source>
        <translation>⟦Špášŧíçíŧý šĥáŕpłý ŵóŕšé óŕ çómíñğ báçķ··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Stretching / physiotherapy</source>
        <translation>⟦Šŧŕéŧçĥíñğ / pĥýšíóŧĥéŕápý·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>The &apos;from&apos; date is after the &apos;to&apos; date.</source>
        <translation>⟦Ŧĥé &apos;fŕóm&apos; đáŧé íš áfŧéŕ ŧĥé &apos;ŧó&apos; đáŧé.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>The check-in day {date} is not between 1900 and today.</source>
        <translation>⟦Ŧĥé çĥéçķ-íñ đáý {date} íš ñóŧ béŧŵééñ 1900 áñđ ŧóđáý.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>The check-in this entry answers is not one the app knows.</source>
        <translation>⟦Ŧĥé çĥéçķ-íñ ŧĥíš éñŧŕý áñšŵéŕš íš ñóŧ óñé ŧĥé ápp ķñóŵš.··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>The date {date} is before the person&apos;s date of birth ({birth}).</source>
        <translation>⟦Ŧĥé đáŧé {date} íš béfóŕé ŧĥé péŕšóñ&apos;š đáŧé óf bíŕŧĥ ({birth}).··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>The day of the check-in must be a date.</source>
        <translation>⟦Ŧĥé đáý óf ŧĥé çĥéçķ-íñ múšŧ bé á đáŧé.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>The lowest score is above the highest.</source>
        <translation>⟦Ŧĥé łóŵéšŧ šçóŕé íš ábóvé ŧĥé ĥíğĥéšŧ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>The number that best describes the spasticity in the last 24 hours: 0 none, 10 worst possible (usually scored at bedtime).</source>
        <translation>⟦Ŧĥé ñúmbéŕ ŧĥáŧ béšŧ đéšçŕíbéš ŧĥé špášŧíçíŧý íñ ŧĥé łášŧ 24 ĥóúŕš: 0 ñóñé, 10 ŵóŕšŧ póššíbłé (úšúáłłý šçóŕéđ áŧ béđŧímé).·····································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>The pump&apos;s two-tone alarm</source>
        <translation>⟦Ŧĥé púmp&apos;š ŧŵó-ŧóñé áłáŕm········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>The time {time} is in the future (after the end of today). Diary entries are for what has happened.</source>
        <translation>⟦Ŧĥé ŧímé {time} íš íñ ŧĥé fúŧúŕé (áfŧéŕ ŧĥé éñđ óf ŧóđáý). Đíáŕý éñŧŕíéš áŕé fóŕ ŵĥáŧ ĥáš ĥáppéñéđ.····························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>This person&apos;s record says their kidney function is reduced: say so when you call.</source>
        <translation>⟦Ŧĥíš péŕšóñ&apos;š ŕéçóŕđ šáýš ŧĥéíŕ ķíđñéý fúñçŧíóñ íš ŕéđúçéđ: šáý šó ŵĥéñ ýóú çáłł.··························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Times spasms woke them</source>
        <translation>⟦Ŧíméš špášmš ŵóķé ŧĥém········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Tingling</source>
        <translation>⟦Ŧíñğłíñğ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Unknown danger sign; choose from the list.</source>
        <translation>⟦Úñķñóŵñ đáñğéŕ šíğñ; çĥóóšé fŕóm ŧĥé łíšŧ.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Unknown score.</source>
        <translation>⟦Úñķñóŵñ šçóŕé.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Unknown side effect.</source>
        <translation>⟦Úñķñóŵñ šíđé éfféçŧ.·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Unknown side effect; choose from the list.</source>
        <translation>⟦Úñķñóŵñ šíđé éfféçŧ; çĥóóšé fŕóm ŧĥé łíšŧ.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Urinary frequency</source>
        <translation>⟦Úŕíñáŕý fŕéqúéñçý······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Very hard to wake</source>
        <translation>⟦Véŕý ĥáŕđ ŧó ŵáķé······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Weakness</source>
        <translation>⟦Ŵéáķñéšš···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Weekly</source>
        <translation>⟦Ŵééķłý··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>With a baclofen pump this can mean withdrawal or a pump fault: go to hospital at once.</source>
        <translation>⟦Ŵíŧĥ á báçłóféñ púmp ŧĥíš çáñ méáñ ŵíŧĥđŕáŵáł óŕ á púmp fáúłŧ: ğó ŧó ĥóšpíŧáł áŧ óñçé.···························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>a missed pump refill</source>
        <translation>⟦á míššéđ púmp ŕéfíłł·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>a seizure (fit)</source>
        <translation>⟦á šéížúŕé (fíŧ)····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>entry</source>
        <translation>⟦éñŧŕý··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>faintness</source>
        <translation>⟦fáíñŧñéšš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>hallucinations</source>
        <translation>⟦ĥáłłúçíñáŧíóñš······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>high fever</source>
        <translation>⟦ĥíğĥ févéŕ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>hours</source>
        <translation>⟦ĥóúŕš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>in the last 24 hours</source>
        <translation>⟦íñ ŧĥé łášŧ 24 ĥóúŕš······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>more than the prescribed dose was taken</source>
        <translation>⟦móŕé ŧĥáñ ŧĥé pŕéšçŕíbéđ đóšé ŵáš ŧáķéñ·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>new itching</source>
        <translation>⟦ñéŵ íŧçĥíñğ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>new or severe confusion</source>
        <translation>⟦ñéŵ óŕ šévéŕé çóñfúšíóñ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>pain {score}</source>
        <translation>⟦páíñ {score}··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>rigid muscles</source>
        <translation>⟦ŕíğíđ múšçłéš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>slow or shallow breathing</source>
        <translation>⟦šłóŵ óŕ šĥáłłóŵ bŕéáŧĥíñğ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>spasms {score}</source>
        <translation>⟦špášmš {score}··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>spasticity sharply worse or coming back</source>
        <translation>⟦špášŧíçíŧý šĥáŕpłý ŵóŕšé óŕ çómíñğ báçķ··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>spasticity {score}</source>
        <translation>⟦špášŧíçíŧý {score}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>the pump&apos;s two-tone alarm</source>
        <translation>⟦ŧĥé púmp&apos;š ŧŵó-ŧóñé áłáŕm········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>tingling</source>
        <translation>⟦ŧíñğłíñğ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>very hard to wake</source>
        <translation>⟦véŕý ĥáŕđ ŧó ŵáķé······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>{date} is before 1900; please check the year.</source>
        <translation>⟦{date} íš béfóŕé 1900; płéášé çĥéçķ ŧĥé ýéáŕ.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>{label} must be a whole number ({minimum} to {maximum}).</source>
        <translation>⟦{label} múšŧ bé á ŵĥółé ñúmbéŕ ({minimum} ŧó {maximum}).········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>{label} must be yes or no.</source>
        <translation>⟦{label} múšŧ bé ýéš óŕ ñó.·····⟧</translation>
    </message>
</context>
<context>
    <name>domain.dosing</name>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>%n hours</source>
        <extracomment>English singular: %n hour</extracomment>
        <translation>
            <numerusform>⟦%n ĥóúŕ··⟧</numerusform>
            <numerusform>⟦%n ĥóúŕš··⟧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>%n minutes</source>
        <extracomment>English singular: %n minute</extracomment>
        <translation>
            <numerusform>⟦%n míñúŧé··⟧</numerusform>
            <numerusform>⟦%n míñúŧéš···⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>A dose of {name} is already logged at {when}, {gap} after this one.</source>
        <translation>⟦Á đóšé óf {name} íš áłŕéáđý łóğğéđ áŧ {when}, {gap} áfŧéŕ ŧĥíš óñé.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>A dose of {name} is already logged at {when}, {gap} before this one.</source>
        <translation>⟦Á đóšé óf {name} íš áłŕéáđý łóğğéđ áŧ {when}, {gap} béfóŕé ŧĥíš óñé.···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>If you are not sure about the next dose, {talk}.</source>
        <translation>⟦Íf ýóú áŕé ñóŧ šúŕé ábóúŧ ŧĥé ñéxŧ đóšé, {talk}.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>If you are not sure what to do, {talk}.</source>
        <translation>⟦Íf ýóú áŕé ñóŧ šúŕé ŵĥáŧ ŧó đó, {talk}.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>If you are not sure, {talk}.</source>
        <translation>⟦Íf ýóú áŕé ñóŧ šúŕé, {talk}.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>If {what} due at {when} was not taken: check the medicine&apos;s leaflet for what to do about a missed dose.</source>
        <translation>⟦Íf {what} đúé áŧ {when} ŵáš ñóŧ ŧáķéñ: çĥéçķ ŧĥé méđíçíñé&apos;š łéáfłéŧ fóŕ ŵĥáŧ ŧó đó ábóúŧ á míššéđ đóšé.····························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>If {what} due at {when} was not taken: take it now, as soon as you remember.</source>
        <translation>⟦Íf {what} đúé áŧ {when} ŵáš ñóŧ ŧáķéñ: ŧáķé íŧ ñóŵ, áš šóóñ áš ýóú ŕémémbéŕ.··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>If {what} due at {when} was not taken: the next dose (due at {next}) is already due, so leave the missed dose out and take the next dose at the usual time.</source>
        <translation>⟦Íf {what} đúé áŧ {when} ŵáš ñóŧ ŧáķéñ: ŧĥé ñéxŧ đóšé (đúé áŧ {next}) íš áłŕéáđý đúé, šó łéávé ŧĥé míššéđ đóšé óúŧ áñđ ŧáķé ŧĥé ñéxŧ đóšé áŧ ŧĥé úšúáł ŧímé.········································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>If {what} due at {when} was not taken: the next dose is less than 2 hours away (at {next}), so leave the missed dose out and take the next dose at the usual time.</source>
        <translation>⟦Íf {what} đúé áŧ {when} ŵáš ñóŧ ŧáķéñ: ŧĥé ñéxŧ đóšé íš łéšš ŧĥáñ 2 ĥóúŕš áŵáý (áŧ {next}), šó łéávé ŧĥé míššéđ đóšé óúŧ áñđ ŧáķé ŧĥé ñéxŧ đóšé áŧ ŧĥé úšúáł ŧímé.··········································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>Is this really another dose?</source>
        <translation>⟦Íš ŧĥíš ŕéáłłý áñóŧĥéŕ đóšé?·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>Never take 2 doses at once or an extra dose to make up for a missed one.</source>
        <translation>⟦Ñévéŕ ŧáķé 2 đóšéš áŧ óñçé óŕ áñ éxŧŕá đóšé ŧó máķé úp fóŕ á míššéđ óñé.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>Stopping baclofen suddenly can be dangerous: if high fever, rigid muscles or much worse spasticity appear after missed doses, contact the doctor now.</source>
        <translation>⟦Šŧóppíñğ báçłóféñ šúđđéñłý çáñ bé đáñğéŕóúš: íf ĥíğĥ févéŕ, ŕíğíđ múšçłéš óŕ múçĥ ŵóŕšé špášŧíçíŧý áppéáŕ áfŧéŕ míššéđ đóšéš, çóñŧáçŧ ŧĥé đóçŧóŕ ñóŵ.·················································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>The NHS advice is to leave a missed dose out when the next is less than 2 hours away.</source>
        <translation>⟦Ŧĥé ÑĤŠ áđvíçé íš ŧó łéávé á míššéđ đóšé óúŧ ŵĥéñ ŧĥé ñéxŧ íš łéšš ŧĥáñ 2 ĥóúŕš áŵáý.··························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>The as-needed prescription for {name} runs from {start} to {end}, not on {day}. Please check, and if you are not sure, {talk}.</source>
        <translation>⟦Ŧĥé áš-ñééđéđ pŕéšçŕípŧíóñ fóŕ {name} ŕúñš fŕóm {start} ŧó {end}, ñóŧ óñ {day}. Płéášé çĥéçķ, áñđ íf ýóú áŕé ñóŧ šúŕé, {talk}.····························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>The as-needed prescription for {name} runs from {start}, not on {day}. Please check, and if you are not sure, {talk}.</source>
        <translation>⟦Ŧĥé áš-ñééđéđ pŕéšçŕípŧíóñ fóŕ {name} ŕúñš fŕóm {start}, ñóŧ óñ {day}. Płéášé çĥéçķ, áñđ íf ýóú áŕé ñóŧ šúŕé, {talk}.···························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>The doses of {name} on {day} add up to {total} with this one.</source>
        <translation>⟦Ŧĥé đóšéš óf {name} óñ {day} áđđ úp ŧó {total} ŵíŧĥ ŧĥíš óñé.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>The doses of {name} on {day} add up to {total}.</source>
        <translation>⟦Ŧĥé đóšéš óf {name} óñ {day} áđđ úp ŧó {total}.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>The label says the total should not exceed {most} mg a day. Please check the doses, and {talk}.</source>
        <translation>⟦Ŧĥé łábéł šáýš ŧĥé ŧóŧáł šĥóúłđ ñóŧ éxçééđ {most} mğ á đáý. Płéášé çĥéçķ ŧĥé đóšéš, áñđ {talk}.·························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>The next dose of {name} is due at {when}, less than 2 hours after {at}.</source>
        <translation>⟦Ŧĥé ñéxŧ đóšé óf {name} íš đúé áŧ {when}, łéšš ŧĥáñ 2 ĥóúŕš áfŧéŕ {at}.···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>The next dose would be allowed from {next}.</source>
        <translation>⟦Ŧĥé ñéxŧ đóšé ŵóúłđ bé áłłóŵéđ fŕóm {next}.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>The planned doses of {name} on {day} add up to {total} (counting as-needed doses at their daily limit).</source>
        <translation>⟦Ŧĥé płáññéđ đóšéš óf {name} óñ {day} áđđ úp ŧó {total} (çóúñŧíñğ áš-ñééđéđ đóšéš áŧ ŧĥéíŕ đáíłý łímíŧ).··························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>The planned doses of {name} on {day} add up to {total}.</source>
        <translation>⟦Ŧĥé płáññéđ đóšéš óf {name} óñ {day} áđđ úp ŧó {total}.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>This dose of {name} would be only {gap} after the dose at {when}; the prescription says at least {least} between doses.</source>
        <translation>⟦Ŧĥíš đóšé óf {name} ŵóúłđ bé óñłý {gap} áfŧéŕ ŧĥé đóšé áŧ {when}; ŧĥé pŕéšçŕípŧíóñ šáýš áŧ łéášŧ {least} béŧŵééñ đóšéš.·····························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>This dose of {name} would be only {gap} before the dose at {when}; the prescription says at least {least} between doses.</source>
        <translation>⟦Ŧĥíš đóšé óf {name} ŵóúłđ bé óñłý {gap} béfóŕé ŧĥé đóšé áŧ {when}; ŧĥé pŕéšçŕípŧíóñ šáýš áŧ łéášŧ {least} béŧŵééñ đóšéš.······························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>This happens on {count} days between {first} and {last} in the period checked.</source>
        <translation>⟦Ŧĥíš ĥáppéñš óñ {count} đáýš béŧŵééñ {first} áñđ {last} íñ ŧĥé péŕíóđ çĥéçķéđ.··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>This would be dose number {count} of {name} on {day}; the prescription allows at most {most} a day.</source>
        <translation>⟦Ŧĥíš ŵóúłđ bé đóšé ñúmbéŕ {count} óf {name} óñ {day}; ŧĥé pŕéšçŕípŧíóñ áłłóŵš áŧ móšŧ {most} á đáý.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>When the dose goes up: avoid driving or using machinery until you know how the new dose affects you (baclofen label).</source>
        <translation>⟦Ŵĥéñ ŧĥé đóšé ğóéš úp: ávóíđ đŕívíñğ óŕ úšíñğ máçĥíñéŕý úñŧíł ýóú ķñóŵ ĥóŵ ŧĥé ñéŵ đóšé áfféçŧš ýóú (báçłóféñ łábéł).·····································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>With this dose, {name} on {day} would add up to {total}; the prescription allows at most {most} a day.</source>
        <translation>⟦Ŵíŧĥ ŧĥíš đóšé, {name} óñ {day} ŵóúłđ áđđ úp ŧó {total}; ŧĥé pŕéšçŕípŧíóñ áłłóŵš áŧ móšŧ {most} á đáý.·······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>talk to your doctor or nurse</source>
        <translation>⟦ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>the {dose} dose</source>
        <translation>⟦ŧĥé {dose} đóšé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>the {dose} dose of {name}</source>
        <translation>⟦ŧĥé {dose} đóšé óf {name}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>this medicine</source>
        <translation>⟦ŧĥíš méđíçíñé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>{amount} mg</source>
        <translation>⟦{amount} mğ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>{hours} h {minutes} min</source>
        <translation>⟦{hours} ĥ {minutes} míñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>{time} on {day}</source>
        <translation>⟦{time} óñ {day}·⟧</translation>
    </message>
</context>
<context>
    <name>domain.entry_checks</name>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/entry_checks.py"/>
        <source>A dose every %n minutes: two doses that close together would be taken as one double dose. Is this what the prescription says, or a typing slip (minutes for hours)?</source>
        <extracomment>English singular: A dose every %n minutes: two doses that close together would be taken as one double dose. Is this what the prescription says, or a typing slip (minutes for hours)?</extracomment>
        <translation>
            <numerusform>⟦Á đóšé évéŕý %n míñúŧéš: ŧŵó đóšéš ŧĥáŧ çłóšé ŧóğéŧĥéŕ ŵóúłđ bé ŧáķéñ áš óñé đóúbłé đóšé. Íš ŧĥíš ŵĥáŧ ŧĥé pŕéšçŕípŧíóñ šáýš, óŕ á ŧýpíñğ šłíp (míñúŧéš fóŕ ĥóúŕš)?··················································⟧</numerusform>
            <numerusform>⟦Á đóšé évéŕý %n míñúŧéš: ŧŵó đóšéš ŧĥáŧ çłóšé ŧóğéŧĥéŕ ŵóúłđ bé ŧáķéñ áš óñé đóúbłé đóšé. Íš ŧĥíš ŵĥáŧ ŧĥé pŕéšçŕípŧíóñ šáýš, óŕ á ŧýpíñğ šłíp (míñúŧéš fóŕ ĥóúŕš)?··················································⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/entry_checks.py"/>
        <source>One dose of {dose} is more than the label&apos;s most for a whole day ({most} mg)</source>
        <translation>⟦Óñé đóšé óf {dose} íš móŕé ŧĥáñ ŧĥé łábéł&apos;š móšŧ fóŕ á ŵĥółé đáý ({most} mğ)··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/entry_checks.py"/>
        <source>one dose of {dose} is more than the label&apos;s most for a whole day ({most} mg)</source>
        <translation>⟦óñé đóšé óf {dose} íš móŕé ŧĥáñ ŧĥé łábéł&apos;š móšŧ fóŕ á ŵĥółé đáý ({most} mğ)··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/entry_checks.py"/>
        <source>{amount} mg</source>
        <translation>⟦{amount} mğ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/entry_checks.py"/>
        <source>{dose} is {count} packets of {strength} at one time</source>
        <translation>⟦{dose} íš {count} páçķéŧš óf {strength} áŧ óñé ŧímé········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/entry_checks.py"/>
        <source>{dose} is {count} tablets of {strength} at one time</source>
        <translation>⟦{dose} íš {count} ŧábłéŧš óf {strength} áŧ óñé ŧímé········⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/entry_checks.py"/>
        <source>{first} and {second} are only %n minutes apart</source>
        <extracomment>English singular: {first} and {second} are only %n minute apart</extracomment>
        <translation>
            <numerusform>⟦{first} áñđ {second} áŕé óñłý %n míñúŧé ápáŕŧ········⟧</numerusform>
            <numerusform>⟦{first} áñđ {second} áŕé óñłý %n míñúŧéš ápáŕŧ·········⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/entry_checks.py"/>
        <source>{pairs}. Two doses that close together would be taken as one double dose (the app asks about any two doses logged less than {minutes} minutes apart). Is this what the prescription says, or a typing slip?</source>
        <translation>⟦{pairs}. Ŧŵó đóšéš ŧĥáŧ çłóšé ŧóğéŧĥéŕ ŵóúłđ bé ŧáķéñ áš óñé đóúbłé đóšé (ŧĥé ápp ášķš ábóúŧ áñý ŧŵó đóšéš łóğğéđ łéšš ŧĥáñ {minutes} míñúŧéš ápáŕŧ). Íš ŧĥíš ŵĥáŧ ŧĥé pŕéšçŕípŧíóñ šáýš, óŕ á ŧýpíñğ šłíp?··························································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/entry_checks.py"/>
        <source>{problems}. Is this really what the prescription says, or a typing slip (mg for tablets, or a 0 too many)?</source>
        <translation>⟦{problems}. Íš ŧĥíš ŕéáłłý ŵĥáŧ ŧĥé pŕéšçŕípŧíóñ šáýš, óŕ á ŧýpíñğ šłíp (mğ fóŕ ŧábłéŧš, óŕ á 0 ŧóó máñý)?····························⟧</translation>
    </message>
</context>
<context>
    <name>domain.medicines</name>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>10 mg/5 mL (2 mg in each mL)</source>
        <translation>⟦10 mğ/5 mŁ (2 mğ íñ éáçĥ mŁ)······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>5 mg/5 mL (1 mg in each mL)</source>
        <translation>⟦5 mğ/5 mŁ (1 mğ íñ éáçĥ mŁ)······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>5 mg/mL (5 mg in each mL)</source>
        <translation>⟦5 mğ/mŁ (5 mğ íñ éáçĥ mŁ)······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Another medicine (not baclofen)</source>
        <translation>⟦Áñóŧĥéŕ méđíçíñé (ñóŧ báçłóféñ)··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>As needed: {dose}, at least {hours} h apart, at most {count} a day</source>
        <translation>⟦Áš ñééđéđ: {dose}, áŧ łéášŧ {hours} ĥ ápáŕŧ, áŧ móšŧ {count} á đáý············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Baclofen</source>
        <translation>⟦Báçłóféñ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Every day: {times}</source>
        <translation>⟦Évéŕý đáý: {times}···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Every {hours} hours from {time}: {dose}</source>
        <translation>⟦Évéŕý {hours} ĥóúŕš fŕóm {time}: {dose}······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Fri</source>
        <translation>⟦Fŕí·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Granules (packets)</source>
        <translation>⟦Ğŕáñúłéš (páçķéŧš)······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Instructions</source>
        <translation>⟦Íñšŧŕúçŧíóñš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Intrathecal pump</source>
        <translation>⟦Íñŧŕáŧĥéçáł púmp······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Low-reservoir alarm date</source>
        <translation>⟦Łóŵ-ŕéšéŕvóíŕ áłáŕm đáŧé········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Medicine name</source>
        <translation>⟦Méđíçíñé ñámé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Mon</source>
        <translation>⟦Móñ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Next refill</source>
        <translation>⟦Ñéxŧ ŕéfíłł····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Not baclofen: the app&apos;s baclofen checks (the missed-dose rule, the 80 mg a day label maximum, the warning about running out) do not apply to this medicine.</source>
        <translation>⟦Ñóŧ báçłóféñ: ŧĥé ápp&apos;š báçłóféñ çĥéçķš (ŧĥé míššéđ-đóšé ŕúłé, ŧĥé 80 mğ á đáý łábéł máxímúm, ŧĥé ŵáŕñíñğ ábóúŧ ŕúññíñğ óúŧ) đó ñóŧ áppłý ŧó ŧĥíš méđíçíñé.················································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Oral solution / suspension</source>
        <translation>⟦Óŕáł šółúŧíóñ / šúšpéñšíóñ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Other</source>
        <translation>⟦Óŧĥéŕ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Please choose the active ingredient: baclofen or another medicine.</source>
        <translation>⟦Płéášé çĥóóšé ŧĥé áçŧívé íñğŕéđíéñŧ: báçłóféñ óŕ áñóŧĥéŕ méđíçíñé.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Please choose the form (tablet, oral solution, granules, pump).</source>
        <translation>⟦Płéášé çĥóóšé ŧĥé fóŕm (ŧábłéŧ, óŕáł šółúŧíóñ, ğŕáñúłéš, púmp).····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Please enter the strength in mg per mL, as printed on the bottle (for example 5 mg/5 mL is 1 mg/mL).</source>
        <translation>⟦Płéášé éñŧéŕ ŧĥé šŧŕéñğŧĥ íñ mğ péŕ mŁ, áš pŕíñŧéđ óñ ŧĥé bóŧŧłé (fóŕ éxámpłé 5 mğ/5 mŁ íš 1 mğ/mŁ).····························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Please enter the strength of one tablet or packet in mg.</source>
        <translation>⟦Płéášé éñŧéŕ ŧĥé šŧŕéñğŧĥ óf óñé ŧábłéŧ óŕ páçķéŧ íñ mğ.··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Prescriber</source>
        <translation>⟦Pŕéšçŕíbéŕ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Reminder days must be whole numbers from 0 to 60.</source>
        <translation>⟦Ŕémíñđéŕ đáýš múšŧ bé ŵĥółé ñúmbéŕš fŕóm 0 ŧó 60.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Reorder warning</source>
        <translation>⟦Ŕéóŕđéŕ ŵáŕñíñğ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Running out of baclofen is dangerous: stopping it suddenly can cause hallucinations and seizures (baclofen label). Order more in good time, and talk to your doctor or nurse if a supply gap is coming.</source>
        <translation>⟦Ŕúññíñğ óúŧ óf báçłóféñ íš đáñğéŕóúš: šŧóppíñğ íŧ šúđđéñłý çáñ çáúšé ĥáłłúçíñáŧíóñš áñđ šéížúŕéš (báçłóféñ łábéł). Óŕđéŕ móŕé íñ ğóóđ ŧímé, áñđ ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé íf á šúppłý ğáp íš çómíñğ.································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Sat</source>
        <translation>⟦Šáŧ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Start date</source>
        <translation>⟦Šŧáŕŧ đáŧé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Stock on hand</source>
        <translation>⟦Šŧóçķ óñ ĥáñđ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Stop date</source>
        <translation>⟦Šŧóp đáŧé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Strength</source>
        <translation>⟦Šŧŕéñğŧĥ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Sun</source>
        <translation>⟦Šúñ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Tablet</source>
        <translation>⟦Ŧábłéŧ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>The pump refill appointment ({day}) has passed. If the refill was missed, call the doctor before the pump runs empty.</source>
        <translation>⟦Ŧĥé púmp ŕéfíłł áppóíñŧméñŧ ({day}) ĥáš páššéđ. Íf ŧĥé ŕéfíłł ŵáš míššéđ, çáłł ŧĥé đóçŧóŕ béfóŕé ŧĥé púmp ŕúñš émpŧý.···································⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>The pump refill appointment is in %n days ({day}). Missing a refill can cause withdrawal: keep the appointment.</source>
        <extracomment>English singular: The pump refill appointment is in %n day ({day}). Missing a refill can cause withdrawal: keep the appointment.</extracomment>
        <translation>
            <numerusform>⟦Ŧĥé púmp ŕéfíłł áppóíñŧméñŧ íš íñ %n đáý ({day}). Míššíñğ á ŕéfíłł çáñ çáúšé ŵíŧĥđŕáŵáł: ķéép ŧĥé áppóíñŧméñŧ.································⟧</numerusform>
            <numerusform>⟦Ŧĥé púmp ŕéfíłł áppóíñŧméñŧ íš íñ %n đáýš ({day}). Míššíñğ á ŕéfíłł çáñ çáúšé ŵíŧĥđŕáŵáł: ķéép ŧĥé áppóíñŧméñŧ.·································⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>The pump&apos;s low-reservoir alarm date ({day}) has passed. If the refill was missed, call the doctor before the pump runs empty.</source>
        <translation>⟦Ŧĥé púmp&apos;š łóŵ-ŕéšéŕvóíŕ áłáŕm đáŧé ({day}) ĥáš páššéđ. Íf ŧĥé ŕéfíłł ŵáš míššéđ, çáłł ŧĥé đóçŧóŕ béfóŕé ŧĥé púmp ŕúñš émpŧý.·····································⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>The pump&apos;s low-reservoir alarm date is in %n days ({day}). Missing a refill can cause withdrawal: keep the appointment.</source>
        <extracomment>English singular: The pump&apos;s low-reservoir alarm date is in %n day ({day}). Missing a refill can cause withdrawal: keep the appointment.</extracomment>
        <translation>
            <numerusform>⟦Ŧĥé púmp&apos;š łóŵ-ŕéšéŕvóíŕ áłáŕm đáŧé íš íñ %n đáý ({day}). Míššíñğ á ŕéfíłł çáñ çáúšé ŵíŧĥđŕáŵáł: ķéép ŧĥé áppóíñŧméñŧ.··································⟧</numerusform>
            <numerusform>⟦Ŧĥé púmp&apos;š łóŵ-ŕéšéŕvóíŕ áłáŕm đáŧé íš íñ %n đáýš ({day}). Míššíñğ á ŕéfíłł çáñ çáúšé ŵíŧĥđŕáŵáł: ķéép ŧĥé áppóíñŧméñŧ.···································⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>The stop date is before the start date.</source>
        <translation>⟦Ŧĥé šŧóp đáŧé íš béfóŕé ŧĥé šŧáŕŧ đáŧé.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Thu</source>
        <translation>⟦Ŧĥú·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Time to reorder.</source>
        <translation>⟦Ŧímé ŧó ŕéóŕđéŕ.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Tue</source>
        <translation>⟦Ŧúé·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Wed</source>
        <translation>⟦Ŵéđ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>granules (packets)</source>
        <translation>⟦ğŕáñúłéš (páçķéŧš)······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>intrathecal pump</source>
        <translation>⟦íñŧŕáŧĥéçáł púmp······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>oral solution / suspension</source>
        <translation>⟦óŕáł šółúŧíóñ / šúšpéñšíóñ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>other</source>
        <translation>⟦óŧĥéŕ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>tablet</source>
        <translation>⟦ŧábłéŧ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{amount} doses left</source>
        <translation>⟦{amount} đóšéš łéfŧ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{amount} mL left</source>
        <translation>⟦{amount} mŁ łéfŧ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{amount} packets left</source>
        <translation>⟦{amount} páçķéŧš łéfŧ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{amount} tablets left</source>
        <translation>⟦{amount} ŧábłéŧš łéfŧ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{days}: {times}</source>
        <translation>⟦{days}: {times}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{day} {year}</source>
        <translation>⟦{day} {year}·⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{left}: about %n days at the current dose.</source>
        <extracomment>English singular: {left}: about %n days at the current dose.</extracomment>
        <translation>
            <numerusform>⟦{left}: ábóúŧ %n đáýš áŧ ŧĥé çúŕŕéñŧ đóšé.··········⟧</numerusform>
            <numerusform>⟦{left}: ábóúŧ %n đáýš áŧ ŧĥé çúŕŕéñŧ đóšé.··········⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mcg/day</source>
        <translation>⟦{mg} mçğ/đáý··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg</source>
        <translation>⟦{mg} mğ·⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg (%n packets)</source>
        <extracomment>English singular: {mg} mg (%n packet)</extracomment>
        <translation>
            <numerusform>⟦{mg} mğ (%n páçķéŧ)···⟧</numerusform>
            <numerusform>⟦{mg} mğ (%n páçķéŧš)····⟧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg (%n tablets)</source>
        <extracomment>English singular: {mg} mg (%n tablet)</extracomment>
        <translation>
            <numerusform>⟦{mg} mğ (%n ŧábłéŧ)···⟧</numerusform>
            <numerusform>⟦{mg} mğ (%n ŧábłéŧš)····⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg ({amount} packet)</source>
        <translation>⟦{mg} mğ ({amount} páçķéŧ)···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg ({amount} packets)</source>
        <translation>⟦{mg} mğ ({amount} páçķéŧš)····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg ({amount} tablet)</source>
        <translation>⟦{mg} mğ ({amount} ŧábłéŧ)···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg ({amount} tablets)</source>
        <translation>⟦{mg} mğ ({amount} ŧábłéŧš)····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg = {ml} mL</source>
        <translation>⟦{mg} mğ = {ml} mŁ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg in each mL</source>
        <translation>⟦{mg} mğ íñ éáçĥ mŁ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg in each mL is not a strength the app knows for a baclofen liquid ({known}). Please check the strength printed on the bottle with the bottle in hand: every amount in mL is worked out from it, and a 5 mg/mL bottle entered as 1 mg/mL would give five times the dose.</source>
        <translation>⟦{mg} mğ íñ éáçĥ mŁ íš ñóŧ á šŧŕéñğŧĥ ŧĥé ápp ķñóŵš fóŕ á báçłóféñ łíqúíđ ({known}). Płéášé çĥéçķ ŧĥé šŧŕéñğŧĥ pŕíñŧéđ óñ ŧĥé bóŧŧłé ŵíŧĥ ŧĥé bóŧŧłé íñ ĥáñđ: évéŕý ámóúñŧ íñ mŁ íš ŵóŕķéđ óúŧ fŕóm íŧ, áñđ á 5 mğ/mŁ bóŧŧłé éñŧéŕéđ áš 1 mğ/mŁ ŵóúłđ ğívé fívé ŧíméš ŧĥé đóšé.··············································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg is not a strength the app knows for baclofen granule packets ({known} mg). Please check the strength printed on the box with the box in hand: every amount to give is worked out from it.</source>
        <translation>⟦{mg} mğ íš ñóŧ á šŧŕéñğŧĥ ŧĥé ápp ķñóŵš fóŕ báçłóféñ ğŕáñúłé páçķéŧš ({known} mğ). Płéášé çĥéçķ ŧĥé šŧŕéñğŧĥ pŕíñŧéđ óñ ŧĥé bóx ŵíŧĥ ŧĥé bóx íñ ĥáñđ: évéŕý ámóúñŧ ŧó ğívé íš ŵóŕķéđ óúŧ fŕóm íŧ.························································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg is not a strength the app knows for baclofen tablets ({known} mg). Please check the strength printed on the box with the box in hand: every amount to give is worked out from it.</source>
        <translation>⟦{mg} mğ íš ñóŧ á šŧŕéñğŧĥ ŧĥé ápp ķñóŵš fóŕ báçłóféñ ŧábłéŧš ({known} mğ). Płéášé çĥéçķ ŧĥé šŧŕéñğŧĥ pŕíñŧéđ óñ ŧĥé bóx ŵíŧĥ ŧĥé bóx íñ ĥáñđ: évéŕý ámóúñŧ ŧó ğívé íš ŵóŕķéđ óúŧ fŕóm íŧ.······················································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg is {amount} packets of {strength} mg: not a whole or half packet. Ask the pharmacist or prescriber how to give this dose.</source>
        <translation>⟦{mg} mğ íš {amount} páçķéŧš óf {strength} mğ: ñóŧ á ŵĥółé óŕ ĥáłf páçķéŧ. Ášķ ŧĥé pĥáŕmáçíšŧ óŕ pŕéšçŕíbéŕ ĥóŵ ŧó ğívé ŧĥíš đóšé.································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg is {amount} tablets of {strength} mg: not a whole or half tablet. Ask the pharmacist or prescriber how to give this dose.</source>
        <translation>⟦{mg} mğ íš {amount} ŧábłéŧš óf {strength} mğ: ñóŧ á ŵĥółé óŕ ĥáłf ŧábłéŧ. Ášķ ŧĥé pĥáŕmáçíšŧ óŕ pŕéšçŕíbéŕ ĥóŵ ŧó ğívé ŧĥíš đóšé.································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{name} ({form})</source>
        <translation>⟦{name} ({form})·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{name} oral liquid {strength}</source>
        <translation>⟦{name} óŕáł łíqúíđ {strength}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{name} {mg} mg packet</source>
        <translation>⟦{name} {mg} mğ páçķéŧ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{name} {mg} mg tablet</source>
        <translation>⟦{name} {mg} mğ ŧábłéŧ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{time} {dose}</source>
        <translation>⟦{time} {dose}·⟧</translation>
    </message>
</context>
<context>
    <name>domain.people</name>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>After a change of dose (a step of a taper or titration plan, a new daily total, a baclofen medicine stopped) the app asks a short check-in each day for this many days about the signs to look out for; after missed doses, running out, or a pump refill or pump date, for 3 days. How long is the app&apos;s choice, not medical advice: ask your doctor or nurse how long to watch.</source>
        <translation>⟦Áfŧéŕ á çĥáñğé óf đóšé (á šŧép óf á ŧápéŕ óŕ ŧíŧŕáŧíóñ płáñ, á ñéŵ đáíłý ŧóŧáł, á báçłóféñ méđíçíñé šŧóppéđ) ŧĥé ápp ášķš á šĥóŕŧ çĥéçķ-íñ éáçĥ đáý fóŕ ŧĥíš máñý đáýš ábóúŧ ŧĥé šíğñš ŧó łóóķ óúŧ fóŕ; áfŧéŕ míššéđ đóšéš, ŕúññíñğ óúŧ, óŕ á púmp ŕéfíłł óŕ púmp đáŧé, fóŕ 3 đáýš. Ĥóŵ łóñğ íš ŧĥé ápp&apos;š çĥóíçé, ñóŧ méđíçáł áđvíçé: ášķ ýóúŕ đóçŧóŕ óŕ ñúŕšé ĥóŵ łóñğ ŧó ŵáŧçĥ.·················································································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>Check-in days must be a whole number from 0 (none) to {most}.</source>
        <translation>⟦Çĥéçķ-íñ đáýš múšŧ bé á ŵĥółé ñúmbéŕ fŕóm 0 (ñóñé) ŧó {most}.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>Date of birth</source>
        <translation>⟦Đáŧé óf bíŕŧĥ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>Emergency contact</source>
        <translation>⟦Éméŕğéñçý çóñŧáçŧ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>Name</source>
        <translation>⟦Ñámé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>Notes</source>
        <translation>⟦Ñóŧéš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>Prescriber or clinic</source>
        <translation>⟦Pŕéšçŕíbéŕ óŕ çłíñíç·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>Reduced kidney function is either ticked or not.</source>
        <translation>⟦Ŕéđúçéđ ķíđñéý fúñçŧíóñ íš éíŧĥéŕ ŧíçķéđ óŕ ñóŧ.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>Reduced kidney function: baclofen leaves the body mainly through the kidneys, so the label advises caution and the dose may need to be lower. Ask the prescriber; this app never works out a kidney dose.</source>
        <translation>⟦Ŕéđúçéđ ķíđñéý fúñçŧíóñ: báçłóféñ łéávéš ŧĥé bóđý máíñłý ŧĥŕóúğĥ ŧĥé ķíđñéýš, šó ŧĥé łábéł áđvíšéš çáúŧíóñ áñđ ŧĥé đóšé máý ñééđ ŧó bé łóŵéŕ. Ášķ ŧĥé pŕéšçŕíbéŕ; ŧĥíš ápp ñévéŕ ŵóŕķš óúŧ á ķíđñéý đóšé.·································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>The check-in time must be a time of day, like 20:00.</source>
        <translation>⟦Ŧĥé çĥéçķ-íñ ŧímé múšŧ bé á ŧímé óf đáý, łíķé 20:00.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>The year of birth must be a year, like 1950.</source>
        <translation>⟦Ŧĥé ýéáŕ óf bíŕŧĥ múšŧ bé á ýéáŕ, łíķé 1950.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>The year of birth must be between {first} and {last}.</source>
        <translation>⟦Ŧĥé ýéáŕ óf bíŕŧĥ múšŧ bé béŧŵééñ {first} áñđ {last}.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>Under 12: the safety and effectiveness of baclofen by mouth below age 12 are not established (label). Talk to your doctor or nurse about the doses.</source>
        <translation>⟦Úñđéŕ 12: ŧĥé šáféŧý áñđ éfféçŧívéñéšš óf báçłóféñ bý móúŧĥ béłóŵ áğé 12 áŕé ñóŧ éšŧábłíšĥéđ (łábéł). Ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé ábóúŧ ŧĥé đóšéš.·············································⟧</translation>
    </message>
</context>
<context>
    <name>domain.plans</name>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>A plan can have at most {most} steps.</source>
        <translation>⟦Á płáñ çáñ ĥávé áŧ móšŧ {most} šŧépš.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>After the last step (from {day}): stop — no more doses of the medicine are reminded.</source>
        <translation>⟦Áfŧéŕ ŧĥé łášŧ šŧép (fŕóm {day}): šŧóp — ñó móŕé đóšéš óf ŧĥé méđíçíñé áŕé ŕémíñđéđ.························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>After the last step (from {day}): stop — no more doses of {name} are reminded.</source>
        <translation>⟦Áfŧéŕ ŧĥé łášŧ šŧép (fŕóm {day}): šŧóp — ñó móŕé đóšéš óf {name} áŕé ŕémíñđéđ.···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>After the last step ends on {day}: its doses ({mg} mg a day) carry on until the plan is changed or archived.</source>
        <translation>⟦Áfŧéŕ ŧĥé łášŧ šŧép éñđš óñ {day}: íŧš đóšéš ({mg} mğ á đáý) çáŕŕý óñ úñŧíł ŧĥé płáñ íš çĥáñğéđ óŕ áŕçĥívéđ.······························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Building up (titration)</source>
        <translation>⟦Búíłđíñğ úp (ŧíŧŕáŧíóñ)········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Keep giving the last step&apos;s doses</source>
        <translation>⟦Ķéép ğívíñğ ŧĥé łášŧ šŧép&apos;š đóšéš···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Lowering (taper)</source>
        <translation>⟦Łóŵéŕíñğ (ŧápéŕ)·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>On {day} the plan goes from {before} to {after} at once: a drop of {drop} mg a day, more than one step of {step} mg a day (the label&apos;s titration step taken in reverse). Stopping or reducing quickly can cause withdrawal. Please check the plan with your doctor or nurse before following it.</source>
        <translation>⟦Óñ {day} ŧĥé płáñ ğóéš fŕóm {before} ŧó {after} áŧ óñçé: á đŕóp óf {drop} mğ á đáý, móŕé ŧĥáñ óñé šŧép óf {step} mğ á đáý (ŧĥé łábéł&apos;š ŧíŧŕáŧíóñ šŧép ŧáķéñ íñ ŕévéŕšé). Šŧóppíñğ óŕ ŕéđúçíñğ qúíçķłý çáñ çáúšé ŵíŧĥđŕáŵáł. Płéášé çĥéçķ ŧĥé płáñ ŵíŧĥ ýóúŕ đóçŧóŕ óŕ ñúŕšé béfóŕé fółłóŵíñğ íŧ.··············································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Please choose the medicine the plan is for.</source>
        <translation>⟦Płéášé çĥóóšé ŧĥé méđíçíñé ŧĥé płáñ íš fóŕ.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Please choose what happens after the last step: keep giving its doses, or stop.</source>
        <translation>⟦Płéášé çĥóóšé ŵĥáŧ ĥáppéñš áfŧéŕ ŧĥé łášŧ šŧép: ķéép ğívíñğ íŧš đóšéš, óŕ šŧóp.·························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Please choose whether the plan builds the dose up or lowers it.</source>
        <translation>⟦Płéášé çĥóóšé ŵĥéŧĥéŕ ŧĥé płáñ búíłđš ŧĥé đóšé úp óŕ łóŵéŕš íŧ.····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Please enter at least one step, as the clinician wrote it.</source>
        <translation>⟦Płéášé éñŧéŕ áŧ łéášŧ óñé šŧép, áš ŧĥé çłíñíçíáñ ŵŕóŧé íŧ.··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Step {n} starts on {day}, before the step before it ends: steps must not overlap.</source>
        <translation>⟦Šŧép {n} šŧáŕŧš óñ {day}, béfóŕé ŧĥé šŧép béfóŕé íŧ éñđš: šŧépš múšŧ ñóŧ óvéŕłáp.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: please enter the dose at each time (0 for none).</source>
        <translation>⟦Šŧép {n}: płéášé éñŧéŕ ŧĥé đóšé áŧ éáçĥ ŧímé (0 fóŕ ñóñé).················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the dose at {time}</source>
        <translation>⟦Šŧép {n}: ŧĥé đóšé áŧ {time}·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the number of days</source>
        <translation>⟦Šŧép {n}: ŧĥé ñúmbéŕ óf đáýš········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the number of days must be a whole number.</source>
        <translation>⟦Šŧép {n}: ŧĥé ñúmbéŕ óf đáýš múšŧ bé á ŵĥółé ñúmbéŕ.···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the start date must be between {first} and {last}.</source>
        <translation>⟦Šŧép {n}: ŧĥé šŧáŕŧ đáŧé múšŧ bé béŧŵééñ {first} áñđ {last}.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the time {time} is there twice.</source>
        <translation>⟦Šŧép {n}: ŧĥé ŧímé {time} íš ŧĥéŕé ŧŵíçé.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Stop: no more doses</source>
        <translation>⟦Šŧóp: ñó móŕé đóšéš······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>The plan goes from {before} to none at once (no dose from {day}). The NHS advises reducing baclofen gradually, over 1–2 weeks or longer; stopping quickly can cause withdrawal. Please check the plan with your doctor or nurse before following it.</source>
        <translation>⟦Ŧĥé płáñ ğóéš fŕóm {before} ŧó ñóñé áŧ óñçé (ñó đóšé fŕóm {day}). Ŧĥé ÑĤŠ áđvíšéš ŕéđúçíñğ báçłóféñ ğŕáđúáłłý, óvéŕ 1–2 ŵééķš óŕ łóñğéŕ; šŧóppíñğ qúíçķłý çáñ çáúšé ŵíŧĥđŕáŵáł. Płéášé çĥéçķ ŧĥé płáñ ŵíŧĥ ýóúŕ đóçŧóŕ óŕ ñúŕšé béfóŕé fółłóŵíñğ íŧ.········································································⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>The plan goes from {before} to none in %n days (no dose from {day}). The NHS advises reducing baclofen gradually, over 1–2 weeks or longer; stopping quickly can cause withdrawal. Please check the plan with your doctor or nurse before following it.</source>
        <extracomment>English singular: The plan goes from {before} to none in %n day (no dose from {day}). The NHS advises reducing baclofen gradually, over 1–2 weeks or longer; stopping quickly can cause withdrawal. Please check the plan with your doctor or nurse before following it.</extracomment>
        <translation>
            <numerusform>⟦Ŧĥé płáñ ğóéš fŕóm {before} ŧó ñóñé íñ %n đáý (ñó đóšé fŕóm {day}). Ŧĥé ÑĤŠ áđvíšéš ŕéđúçíñğ báçłóféñ ğŕáđúáłłý, óvéŕ 1–2 ŵééķš óŕ łóñğéŕ; šŧóppíñğ qúíçķłý çáñ çáúšé ŵíŧĥđŕáŵáł. Płéášé çĥéçķ ŧĥé płáñ ŵíŧĥ ýóúŕ đóçŧóŕ óŕ ñúŕšé béfóŕé fółłóŵíñğ íŧ.········································································⟧</numerusform>
            <numerusform>⟦Ŧĥé płáñ ğóéš fŕóm {before} ŧó ñóñé íñ %n đáýš (ñó đóšé fŕóm {day}). Ŧĥé ÑĤŠ áđvíšéš ŕéđúçíñğ báçłóféñ ğŕáđúáłłý, óvéŕ 1–2 ŵééķš óŕ łóñğéŕ; šŧóppíñğ qúíçķłý çáñ çáúšé ŵíŧĥđŕáŵáł. Płéášé çĥéçķ ŧĥé płáñ ŵíŧĥ ýóúŕ đóçŧóŕ óŕ ñúŕšé béfóŕé fółłóŵíñğ íŧ.········································································⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>The plan&apos;s name</source>
        <translation>⟦Ŧĥé płáñ&apos;š ñámé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Where the plan comes from</source>
        <translation>⟦Ŵĥéŕé ŧĥé płáñ çóméš fŕóm········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>none</source>
        <translation>⟦ñóñé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>{day} {year}</source>
        <translation>⟦{day} {year}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>{mg} mg a day</source>
        <translation>⟦{mg} mğ á đáý··⟧</translation>
    </message>
</context>
<context>
    <name>domain.schedules</name>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Add at least one time of day.</source>
        <translation>⟦Áđđ áŧ łéášŧ óñé ŧímé óf đáý.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Choose at least one day of the week.</source>
        <translation>⟦Çĥóóšé áŧ łéášŧ óñé đáý óf ŧĥé ŵééķ.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Days of the week are numbered 0 (Monday) to 6 (Sunday).</source>
        <translation>⟦Đáýš óf ŧĥé ŵééķ áŕé ñúmbéŕéđ 0 (Móñđáý) ŧó 6 (Šúñđáý).···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Doses can be at most 7 days (168 hours) apart.</source>
        <translation>⟦Đóšéš çáñ bé áŧ móšŧ 7 đáýš (168 ĥóúŕš) ápáŕŧ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Doses must be at least 1 hour apart.</source>
        <translation>⟦Đóšéš múšŧ bé áŧ łéášŧ 1 ĥóúŕ ápáŕŧ.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Each entry needs a time and a dose in mg.</source>
        <translation>⟦Éáçĥ éñŧŕý ñééđš á ŧímé áñđ á đóšé íñ mğ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>End date</source>
        <translation>⟦Éñđ đáŧé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Friday</source>
        <translation>⟦Fŕíđáý··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Monday</source>
        <translation>⟦Móñđáý··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Please choose a time zone.</source>
        <translation>⟦Płéášé çĥóóšé á ŧímé žóñé.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Please choose how often: fixed times, every few hours, chosen days of the week, or as needed.</source>
        <translation>⟦Płéášé çĥóóšé ĥóŵ ófŧéñ: fíxéđ ŧíméš, évéŕý féŵ ĥóúŕš, çĥóšéñ đáýš óf ŧĥé ŵééķ, óŕ áš ñééđéđ.·····························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter a time like 08:00.</source>
        <translation>⟦Płéášé éñŧéŕ á ŧímé łíķé 08:00.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the dose at {time} in mg.</source>
        <translation>⟦Płéášé éñŧéŕ ŧĥé đóšé áŧ {time} íñ mğ.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the dose in mg.</source>
        <translation>⟦Płéášé éñŧéŕ ŧĥé đóšé íñ mğ.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the interval.</source>
        <translation>⟦Płéášé éñŧéŕ ŧĥé íñŧéŕváł.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the most doses a day.</source>
        <translation>⟦Płéášé éñŧéŕ ŧĥé móšŧ đóšéš á đáý.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the most mg a day in mg.</source>
        <translation>⟦Płéášé éñŧéŕ ŧĥé móšŧ mğ á đáý íñ mğ.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the start date.</source>
        <translation>⟦Płéášé éñŧéŕ ŧĥé šŧáŕŧ đáŧé.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the time between doses.</source>
        <translation>⟦Płéášé éñŧéŕ ŧĥé ŧímé béŧŵééñ đóšéš.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Saturday</source>
        <translation>⟦Šáŧúŕđáý···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Start date</source>
        <translation>⟦Šŧáŕŧ đáŧé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Sunday</source>
        <translation>⟦Šúñđáý··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The dose</source>
        <translation>⟦Ŧĥé đóšé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The dose at {time}</source>
        <translation>⟦Ŧĥé đóšé áŧ {time}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The end date ({end}) is before the start date ({start}).</source>
        <translation>⟦Ŧĥé éñđ đáŧé ({end}) íš béfóŕé ŧĥé šŧáŕŧ đáŧé ({start}).············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The interval</source>
        <translation>⟦Ŧĥé íñŧéŕváł····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The most doses a day</source>
        <translation>⟦Ŧĥé móšŧ đóšéš á đáý······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The most doses a day can be at most {most}; please check the number.</source>
        <translation>⟦Ŧĥé móšŧ đóšéš á đáý çáñ bé áŧ móšŧ {most}; płéášé çĥéçķ ŧĥé ñúmbéŕ.···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The most doses a day must be at least 1.</source>
        <translation>⟦Ŧĥé móšŧ đóšéš á đáý múšŧ bé áŧ łéášŧ 1.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The most mg a day</source>
        <translation>⟦Ŧĥé móšŧ mğ á đáý·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The most mg a day ({cap} mg) is less than one dose ({mg} mg).</source>
        <translation>⟦Ŧĥé móšŧ mğ á đáý ({cap} mğ) íš łéšš ŧĥáñ óñé đóšé ({mg} mğ).··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The schedule details are missing or damaged.</source>
        <translation>⟦Ŧĥé šçĥéđúłé đéŧáíłš áŕé míššíñğ óŕ đámáğéđ.···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The time between doses</source>
        <translation>⟦Ŧĥé ŧímé béŧŵééñ đóšéš········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The time between doses can be at most 7 days (168 hours).</source>
        <translation>⟦Ŧĥé ŧímé béŧŵééñ đóšéš çáñ bé áŧ móšŧ 7 đáýš (168 ĥóúŕš).················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The time between doses must be more than 0 minutes.</source>
        <translation>⟦Ŧĥé ŧímé béŧŵééñ đóšéš múšŧ bé móŕé ŧĥáñ 0 míñúŧéš.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The time zone must be a name like Europe/London.</source>
        <translation>⟦Ŧĥé ŧímé žóñé múšŧ bé á ñámé łíķé Éúŕópé/Łóñđóñ.···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The time {time} is listed twice; each time of day can be used only once (put the whole dose on one line).</source>
        <translation>⟦Ŧĥé ŧímé {time} íš łíšŧéđ ŧŵíçé; éáçĥ ŧímé óf đáý çáñ bé úšéđ óñłý óñçé (púŧ ŧĥé ŵĥółé đóšé óñ óñé łíñé).······························⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>There are %n times of day; the most is {most}.</source>
        <extracomment>English singular: There is %n time of day; the most is {most}.</extracomment>
        <translation>
            <numerusform>⟦Ŧĥéŕé íš %n ŧímé óf đáý; ŧĥé móšŧ íš {most}.··········⟧</numerusform>
            <numerusform>⟦Ŧĥéŕé áŕé %n ŧíméš óf đáý; ŧĥé móšŧ íš {most}.···········⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Thursday</source>
        <translation>⟦Ŧĥúŕšđáý···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Times are hours and minutes only, like 08:00.</source>
        <translation>⟦Ŧíméš áŕé ĥóúŕš áñđ míñúŧéš óñłý, łíķé 08:00.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Tuesday</source>
        <translation>⟦Ŧúéšđáý···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Wednesday</source>
        <translation>⟦Ŵéđñéšđáý····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>{label} cannot be negative.</source>
        <translation>⟦{label} çáññóŧ bé ñéğáŧívé.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>{label} is {mg} mg, more than {most} mg for a day. Please check the number (doses are in mg).</source>
        <translation>⟦{label} íš {mg} mğ, móŕé ŧĥáñ {most} mğ fóŕ á đáý. Płéášé çĥéçķ ŧĥé ñúmbéŕ (đóšéš áŕé íñ mğ).·····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>{label} is {mg} mg, more than {most} mg for one dose. Please check the number (doses are in mg).</source>
        <translation>⟦{label} íš {mg} mğ, móŕé ŧĥáñ {most} mğ fóŕ óñé đóšé. Płéášé çĥéçķ ŧĥé ñúmbéŕ (đóšéš áŕé íñ mğ).······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be a date like 2026-05-31.</source>
        <translation>⟦{label} múšŧ bé á đáŧé łíķé 2026-05-31.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be a number of mg, like 10 or 2.5.</source>
        <translation>⟦{label} múšŧ bé á ñúmbéŕ óf mğ, łíķé 10 óŕ 2.5.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be a real number of mg, like 10 or 2.5.</source>
        <translation>⟦{label} múšŧ bé á ŕéáł ñúmbéŕ óf mğ, łíķé 10 óŕ 2.5.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be a whole number.</source>
        <translation>⟦{label} múšŧ bé á ŵĥółé ñúmbéŕ.·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be more than 0 mg.</source>
        <translation>⟦{label} múšŧ bé móŕé ŧĥáñ 0 mğ.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>{label} {day} is before 1900; please check the year.</source>
        <translation>⟦{label} {day} íš béfóŕé 1900; płéášé çĥéçķ ŧĥé ýéáŕ.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>{label} {day} is too far in the future; please check the year.</source>
        <translation>⟦{label} {day} íš ŧóó fáŕ íñ ŧĥé fúŧúŕé; płéášé çĥéçķ ŧĥé ýéáŕ.···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>“{text}” is not a time of day. Times go from 00:00 to 23:59 (24-hour clock).</source>
        <translation>⟦“{text}” íš ñóŧ á ŧímé óf đáý. Ŧíméš ğó fŕóm 00:00 ŧó 23:59 (24-ĥóúŕ çłóçķ).···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>“{text}” is not a time. Use hours and minutes like 08:00 or 20:30 (24-hour clock).</source>
        <translation>⟦“{text}” íš ñóŧ á ŧímé. Úšé ĥóúŕš áñđ míñúŧéš łíķé 08:00 óŕ 20:30 (24-ĥóúŕ çłóçķ).·················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>“{zone}” is not a time zone this computer knows. Choose one from the list, like Europe/London.</source>
        <translation>⟦“{zone}” íš ñóŧ á ŧímé žóñé ŧĥíš çómpúŧéŕ ķñóŵš. Çĥóóšé óñé fŕóm ŧĥé łíšŧ, łíķé Éúŕópé/Łóñđóñ.···························⟧</translation>
    </message>
</context>
<context>
    <name>domain.settings</name>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>The questions</source>
        <translation>⟦Ŧĥé qúéšŧíóñš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>The setting {key}: {message}</source>
        <translation>⟦Ŧĥé šéŧŧíñğ {key}: {message}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>The time</source>
        <translation>⟦Ŧĥé ŧímé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>must be &quot;system&quot; or a language code like &quot;es&quot;.</source>
        <translation>⟦múšŧ bé &quot;šýšŧém&quot; óŕ á łáñğúáğé çóđé łíķé &quot;éš&quot;.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>must be a list of people and days, like {&quot;1&quot;: &quot;2026-05-31&quot;}.</source>
        <translation>⟦múšŧ bé á łíšŧ óf péópłé áñđ đáýš, łíķé {&quot;1&quot;: &quot;2026-05-31&quot;}.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>must be a list of screens and places, like {&quot;eDP-1 1366x768&quot;: [0, 0, 1358, 732]}.</source>
        <translation>⟦múšŧ bé á łíšŧ óf šçŕééñš áñđ płáçéš, łíķé {&quot;eDP-1 1366x768&quot;: [0, 0, 1358, 732]}.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>must be one of {sizes}.</source>
        <translation>⟦múšŧ bé óñé óf {sizes}.····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>must be the id of a person (a whole number) or null.</source>
        <translation>⟦múšŧ bé ŧĥé íđ óf á péŕšóñ (á ŵĥółé ñúmbéŕ) óŕ ñúłł.···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>must be true or false.</source>
        <translation>⟦múšŧ bé ŧŕúé óŕ fáłšé.·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>{label} must be a UTC time like 2026-01-31T08:00:00Z, not {value}.</source>
        <translation>⟦{label} múšŧ bé á ÚŦÇ ŧímé łíķé 2026-01-31Ŧ08:00:00Ž, ñóŧ {value}.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>{label} {value} is not a real time.</source>
        <translation>⟦{label} {value} íš ñóŧ á ŕéáł ŧímé.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>{label} {value} is not between {first} and {last}.</source>
        <translation>⟦{label} {value} íš ñóŧ béŧŵééñ {first} áñđ {last}.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not a day between {first} and {last} like 2026-05-31.</source>
        <translation>⟦{value} íš ñóŧ á đáý béŧŵééñ {first} áñđ {last} łíķé 2026-05-31.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not a place and size like [0, 0, 1358, 732].</source>
        <translation>⟦{value} íš ñóŧ á płáçé áñđ šížé łíķé [0, 0, 1358, 732].·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not a setting of this app.</source>
        <translation>⟦{value} íš ñóŧ á šéŧŧíñğ óf ŧĥíš ápp.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not the id of a person.</source>
        <translation>⟦{value} íš ñóŧ ŧĥé íđ óf á péŕšóñ.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not the name of a screen.</source>
        <translation>⟦{value} íš ñóŧ ŧĥé ñámé óf á šçŕééñ.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not the name of a setting.</source>
        <translation>⟦{value} íš ñóŧ ŧĥé ñámé óf á šéŧŧíñğ.·········⟧</translation>
    </message>
</context>
<context>
    <name>domain.validation</name>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>Please enter {label}.</source>
        <translation>⟦Płéášé éñŧéŕ {label}.····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} cannot be before {date}.</source>
        <translation>⟦{label} çáññóŧ bé béfóŕé {date}.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} cannot be negative.</source>
        <translation>⟦{label} çáññóŧ bé ñéğáŧívé.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} contains a broken character that cannot be saved; please retype it.</source>
        <translation>⟦{label} çóñŧáíñš á bŕóķéñ çĥáŕáçŧéŕ ŧĥáŧ çáññóŧ bé šávéđ; płéášé ŕéŧýpé íŧ.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} contains invisible control characters; please retype it.</source>
        <translation>⟦{label} çóñŧáíñš íñvíšíbłé çóñŧŕół çĥáŕáçŧéŕš; płéášé ŕéŧýpé íŧ.···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} is too long ({count} characters); the most is {most}.</source>
        <translation>⟦{label} íš ŧóó łóñğ ({count} çĥáŕáçŧéŕš); ŧĥé móšŧ íš {most}.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be a date like {example}.</source>
        <translation>⟦{label} múšŧ bé á đáŧé łíķé {example}.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be a date.</source>
        <translation>⟦{label} múšŧ bé á đáŧé.····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be a number.</source>
        <translation>⟦{label} múšŧ bé á ñúmbéŕ.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be a real number.</source>
        <translation>⟦{label} múšŧ bé á ŕéáł ñúmbéŕ.·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be between {minimum} and {maximum} {unit}.</source>
        <translation>⟦{label} múšŧ bé béŧŵééñ {minimum} áñđ {maximum} {unit}.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be between {minimum} and {maximum}.</source>
        <translation>⟦{label} múšŧ bé béŧŵééñ {minimum} áñđ {maximum}.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be more than zero.</source>
        <translation>⟦{label} múšŧ bé móŕé ŧĥáñ žéŕó.·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be text.</source>
        <translation>⟦{label} múšŧ bé ŧéxŧ.····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} {date} is before 1900; please check the year.</source>
        <translation>⟦{label} {date} íš béfóŕé 1900; płéášé çĥéçķ ŧĥé ýéáŕ.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} {date} is in the future.</source>
        <translation>⟦{label} {date} íš íñ ŧĥé fúŧúŕé.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label}: please write a date like {example} or just the year, like {year}.</source>
        <translation>⟦{label}: płéášé ŵŕíŧé á đáŧé łíķé {example} óŕ júšŧ ŧĥé ýéáŕ, łíķé {year}.···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label}: please write a date like {example}.</source>
        <translation>⟦{label}: płéášé ŵŕíŧé á đáŧé łíķé {example}.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label}: please write the year in full, like {example}.</source>
        <translation>⟦{label}: płéášé ŵŕíŧé ŧĥé ýéáŕ íñ fúłł, łíķé {example}.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label}: there is no such day ({text}); please check it.</source>
        <translation>⟦{label}: ŧĥéŕé íš ñó šúçĥ đáý ({text}); płéášé çĥéçķ íŧ.············⟧</translation>
    </message>
</context>
<context>
    <name>domain.watch</name>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>A daily total</source>
        <translation>⟦Á đáíłý ŧóŧáł····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>A pump refill or low-reservoir date has passed</source>
        <translation>⟦Á púmp ŕéfíłł óŕ łóŵ-ŕéšéŕvóíŕ đáŧé ĥáš páššéđ···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>Baclofen doses missed or not answered ({day})</source>
        <translation>⟦Báçłóféñ đóšéš míššéđ óŕ ñóŧ áñšŵéŕéđ ({day})·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>Dose lowered to {mg} a day on {day}</source>
        <translation>⟦Đóšé łóŵéŕéđ ŧó {mg} á đáý óñ {day}········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>Dose lowered to {mg} a day on {day} ({what})</source>
        <translation>⟦Đóšé łóŵéŕéđ ŧó {mg} á đáý óñ {day} ({what})········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>Dose raised to {mg} a day on {day}</source>
        <translation>⟦Đóšé ŕáíšéđ ŧó {mg} á đáý óñ {day}·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>Dose raised to {mg} a day on {day} ({what})</source>
        <translation>⟦Đóšé ŕáíšéđ ŧó {mg} á đáý óñ {day} ({what})·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>Dose watch</source>
        <translation>⟦Đóšé ŵáŧçĥ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>Doses of baclofen were missed or not answered</source>
        <translation>⟦Đóšéš óf báçłóféñ ŵéŕé míššéđ óŕ ñóŧ áñšŵéŕéđ···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>The baclofen has run out</source>
        <translation>⟦Ŧĥé báçłóféñ ĥáš ŕúñ óúŧ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>The day of the event ({day}) is not between 1900 and a few weeks after it was recorded.</source>
        <translation>⟦Ŧĥé đáý óf ŧĥé évéñŧ ({day}) íš ñóŧ béŧŵééñ 1900 áñđ á féŵ ŵééķš áfŧéŕ íŧ ŵáš ŕéçóŕđéđ.·······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>The day of the event must be a date.</source>
        <translation>⟦Ŧĥé đáý óf ŧĥé évéñŧ múšŧ bé á đáŧé.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>The dose has changed</source>
        <translation>⟦Ŧĥé đóšé ĥáš çĥáñğéđ·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>The dose of baclofen has been lowered</source>
        <translation>⟦Ŧĥé đóšé óf báçłóféñ ĥáš bééñ łóŵéŕéđ············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>The dose of baclofen has gone up</source>
        <translation>⟦Ŧĥé đóšé óf báçłóféñ ĥáš ğóñé úp··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>The kind of event must be one of {kinds}.</source>
        <translation>⟦Ŧĥé ķíñđ óf évéñŧ múšŧ bé óñé óf {kinds}.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>The pump was refilled (the days after a refill are watched as a precaution)</source>
        <translation>⟦Ŧĥé púmp ŵáš ŕéfíłłéđ (ŧĥé đáýš áfŧéŕ á ŕéfíłł áŕé ŵáŧçĥéđ áš á pŕéçáúŧíóñ)························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>What happened</source>
        <translation>⟦Ŵĥáŧ ĥáppéñéđ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>a pump refill or low-reservoir date has passed</source>
        <translation>⟦á púmp ŕéfíłł óŕ łóŵ-ŕéšéŕvóíŕ đáŧé ĥáš páššéđ···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>doses of baclofen were missed or not answered</source>
        <translation>⟦đóšéš óf báçłóféñ ŵéŕé míššéđ óŕ ñóŧ áñšŵéŕéđ···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>none</source>
        <translation>⟦ñóñé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>the baclofen has run out</source>
        <translation>⟦ŧĥé báçłóféñ ĥáš ŕúñ óúŧ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>the dose of baclofen has been lowered</source>
        <translation>⟦ŧĥé đóšé óf báçłóféñ ĥáš bééñ łóŵéŕéđ············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>the dose of baclofen has gone up</source>
        <translation>⟦ŧĥé đóšé óf báçłóféñ ĥáš ğóñé úp··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>the pump was refilled (the days after a refill are watched as a precaution)</source>
        <translation>⟦ŧĥé púmp ŵáš ŕéfíłłéđ (ŧĥé đáýš áfŧéŕ á ŕéfíłł áŕé ŵáŧçĥéđ áš á pŕéçáúŧíóñ)························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>{amount} mg</source>
        <translation>⟦{amount} mğ·⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>{changes}, and %n other changes</source>
        <extracomment>English singular: {changes}, and %n other change</extracomment>
        <translation>
            <numerusform>⟦{changes}, áñđ %n óŧĥéŕ çĥáñğé······⟧</numerusform>
            <numerusform>⟦{changes}, áñđ %n óŧĥéŕ çĥáñğéš······⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>{first}; also {second}</source>
        <translation>⟦{first}; áłšó {second}··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>{reasons}. Tick anything you have noticed in the last 24 hours:</source>
        <translation>⟦{reasons}. Ŧíçķ áñýŧĥíñğ ýóú ĥávé ñóŧíçéđ íñ ŧĥé łášŧ 24 ĥóúŕš:················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>{reasons}. Tick anything you have noticed since the last check-in (the last 24 hours):</source>
        <translation>⟦{reasons}. Ŧíçķ áñýŧĥíñğ ýóú ĥávé ñóŧíçéđ šíñçé ŧĥé łášŧ çĥéçķ-íñ (ŧĥé łášŧ 24 ĥóúŕš):·······················⟧</translation>
    </message>
</context>
<context>
    <name>reports.charts</name>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Baclofen taken, mg a day (right axis)</source>
        <translation>⟦Báçłóféñ ŧáķéñ, mğ á đáý (ŕíğĥŧ áxíš)···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Baclofen taken: {first} mg on {first_day}, {last} mg on {last_day}.</source>
        <translation>⟦Báçłóféñ ŧáķéñ: {first} mğ óñ {first_day}, {last} mğ óñ {last_day}.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Check-in answered</source>
        <translation>⟦Çĥéçķ-íñ áñšŵéŕéđ······⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Check-ins answered on %n day(s).</source>
        <extracomment>English singular: Check-ins answered on %n day(s).</extracomment>
        <translation>
            <numerusform>⟦Çĥéçķ-íñš áñšŵéŕéđ óñ %n đáý(š).·········⟧</numerusform>
            <numerusform>⟦Çĥéçķ-íñš áñšŵéŕéđ óñ %n đáý(š).·········⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Danger sign recorded</source>
        <translation>⟦Đáñğéŕ šíğñ ŕéçóŕđéđ·······⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Danger signs recorded on %n day(s).</source>
        <extracomment>English singular: Danger signs recorded on %n day(s).</extracomment>
        <translation>
            <numerusform>⟦Đáñğéŕ šíğñš ŕéçóŕđéđ óñ %n đáý(š).··········⟧</numerusform>
            <numerusform>⟦Đáñğéŕ šíğñš ŕéçóŕđéđ óñ %n đáý(š).··········⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Dose change: check-ins began</source>
        <translation>⟦Đóšé çĥáñğé: çĥéçķ-íñš béğáñ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Dose changes that began check-ins: {days}.</source>
        <translation>⟦Đóšé çĥáñğéš ŧĥáŧ béğáñ çĥéçķ-íñš: {days}.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>No scores recorded in this time.
Add diary entries to see them here.</source>
        <translation>⟦Ñó šçóŕéš ŕéçóŕđéđ íñ ŧĥíš ŧímé.
Áđđ đíáŕý éñŧŕíéš ŧó šéé ŧĥém ĥéŕé.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>No {score} scores recorded in this time.</source>
        <translation>⟦Ñó {score} šçóŕéš ŕéçóŕđéđ íñ ŧĥíš ŧímé.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Shaded: taper and titration plan steps</source>
        <translation>⟦Šĥáđéđ: ŧápéŕ áñđ ŧíŧŕáŧíóñ płáñ šŧépš·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Shaded: taper plan steps</source>
        <translation>⟦Šĥáđéđ: ŧápéŕ płáñ šŧépš········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Shaded: titration plan steps</source>
        <translation>⟦Šĥáđéđ: ŧíŧŕáŧíóñ płáñ šŧépš··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Shaded: {kinds} plan steps</source>
        <translation>⟦Šĥáđéđ: {kinds} płáñ šŧépš······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>daily average</source>
        <translation>⟦đáíłý ávéŕáğé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>date</source>
        <translation>⟦đáŧé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>day {day}</source>
        <translation>⟦đáý {day}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>mg a day</source>
        <translation>⟦mğ á đáý··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>month of {day}</source>
        <translation>⟦móñŧĥ óf {day}···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>monthly average</source>
        <translation>⟦móñŧĥłý ávéŕáğé······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>week of {day}</source>
        <translation>⟦ŵééķ óf {day}··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>weekly average</source>
        <translation>⟦ŵééķłý ávéŕáğé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>{first} to {last}.</source>
        <translation>⟦{first} ŧó {last}.·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>{mg} mg/day</source>
        <translation>⟦{mg} mğ/đáý··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>{score} ({average}, left axis)</source>
        <translation>⟦{score} ({average}, łéfŧ áxíš)···⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>{score}, {average}: {first} ({first_when}) to {last} ({last_when}), from %n entries.</source>
        <extracomment>English singular: {score}, {average}: {first} ({first_when}) to {last} ({last_when}), from %n entries.</extracomment>
        <translation>
            <numerusform>⟦{score}, {average}: {first} ({first_when}) ŧó {last} ({last_when}), fŕóm %n éñŧŕíéš.·····⟧</numerusform>
            <numerusform>⟦{score}, {average}: {first} ({first_when}) ŧó {last} ({last_when}), fŕóm %n éñŧŕíéš.·····⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>{score}: {average}</source>
        <translation>⟦{score}: {average}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>{score}: {average} — {person}</source>
        <translation>⟦{score}: {average} — {person}·⟧</translation>
    </message>
</context>
<context>
    <name>reports.document</name>
    <message>
        <location filename="../src/caregiver_app/reports/document.py"/>
        <source>Appointment summary {person} {day}</source>
        <translation>⟦Áppóíñŧméñŧ šúmmáŕý {person} {day}·······⟧</translation>
    </message>
</context>
<context>
    <name>reports.pdf</name>
    <message>
        <location filename="../src/caregiver_app/reports/pdf.py"/>
        <source>Could not save the PDF</source>
        <translation>⟦Çóúłđ ñóŧ šávé ŧĥé PĐF·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/pdf.py"/>
        <source>The PDF could not be saved as
{file}

{reason}. Choose another folder, or check there is space on the disk.</source>
        <translation>⟦Ŧĥé PĐF çóúłđ ñóŧ bé šávéđ áš
{file}

{reason}. Çĥóóšé áñóŧĥéŕ fółđéŕ, óŕ çĥéçķ ŧĥéŕé íš špáçé óñ ŧĥé đíšķ.····························⟧</translation>
    </message>
</context>
<context>
    <name>reports.summary</name>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>% taken</source>
        <translation>⟦% ŧáķéñ··⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>%n diary entries in the period. Scores, first half of the period against the second:</source>
        <extracomment>English singular: %n diary entry in the period. Scores, first half of the period against the second:</extracomment>
        <translation>
            <numerusform>⟦%n đíáŕý éñŧŕý íñ ŧĥé péŕíóđ. Šçóŕéš, fíŕšŧ ĥáłf óf ŧĥé péŕíóđ áğáíñšŧ ŧĥé šéçóñđ:·························⟧</numerusform>
            <numerusform>⟦%n đíáŕý éñŧŕíéš íñ ŧĥé péŕíóđ. Šçóŕéš, fíŕšŧ ĥáłf óf ŧĥé péŕíóđ áğáíñšŧ ŧĥé šéçóñđ:··························⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>(none written)</source>
        <translation>⟦(ñóñé ŵŕíŧŧéñ)····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>A pump date passed</source>
        <translation>⟦Á púmp đáŧé páššéđ······⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Above the label&apos;s {limit} mg a day on %n days:</source>
        <extracomment>English singular: Above the label&apos;s {limit} mg a day on %n day:</extracomment>
        <translation>
            <numerusform>⟦Ábóvé ŧĥé łábéł&apos;š {limit} mğ á đáý óñ %n đáý:··········⟧</numerusform>
            <numerusform>⟦Ábóvé ŧĥé łábéł&apos;š {limit} mğ á đáý óñ %n đáýš:··········⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>After a change of dose, missed doses, running out or a pump event, the app asks a short daily check-in about the signs to look out for. “Before” is the average spasticity (0–10) recorded in the week before the change, “during” the average in the check-in days; — means none was recorded.</source>
        <translation>⟦Áfŧéŕ á çĥáñğé óf đóšé, míššéđ đóšéš, ŕúññíñğ óúŧ óŕ á púmp évéñŧ, ŧĥé ápp ášķš á šĥóŕŧ đáíłý çĥéçķ-íñ ábóúŧ ŧĥé šíğñš ŧó łóóķ óúŧ fóŕ. “Béfóŕé” íš ŧĥé ávéŕáğé špášŧíçíŧý (0–10) ŕéçóŕđéđ íñ ŧĥé ŵééķ béfóŕé ŧĥé çĥáñğé, “đúŕíñğ” ŧĥé ávéŕáğé íñ ŧĥé çĥéçķ-íñ đáýš; — méáñš ñóñé ŵáš ŕéçóŕđéđ.······················································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Answered</source>
        <translation>⟦Áñšŵéŕéđ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Appointment summary: {person}</source>
        <translation>⟦Áppóíñŧméñŧ šúmmáŕý: {person}·······⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>As needed: {taken} taken on %n days</source>
        <extracomment>English singular: As needed: {taken} taken on %n day</extracomment>
        <translation>
            <numerusform>⟦Áš ñééđéđ: {taken} ŧáķéñ óñ %n đáý·······⟧</numerusform>
            <numerusform>⟦Áš ñééđéđ: {taken} ŧáķéñ óñ %n đáýš········⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Asked</source>
        <translation>⟦Ášķéđ··⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Baclofen by mouth recorded on %n days: {average} mg a day on average, at most {most} mg in one day.</source>
        <extracomment>English singular: Baclofen by mouth recorded on %n day: {average} mg a day on average, at most {most} mg in one day.</extracomment>
        <translation>
            <numerusform>⟦Báçłóféñ bý móúŧĥ ŕéçóŕđéđ óñ %n đáý: {average} mğ á đáý óñ ávéŕáğé, áŧ móšŧ {most} mğ íñ óñé đáý.························⟧</numerusform>
            <numerusform>⟦Báçłóféñ bý móúŧĥ ŕéçóŕđéđ óñ %n đáýš: {average} mğ á đáý óñ ávéŕáğé, áŧ móšŧ {most} mğ íñ óñé đáý.························⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Change</source>
        <translation>⟦Çĥáñğé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Change and its check-in days</source>
        <translation>⟦Çĥáñğé áñđ íŧš çĥéçķ-íñ đáýš·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Danger signs at check-ins</source>
        <translation>⟦Đáñğéŕ šíğñš áŧ çĥéçķ-íñš········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Danger signs recorded</source>
        <translation>⟦Đáñğéŕ šíğñš ŕéçóŕđéđ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Date of birth: {day}</source>
        <translation>⟦Đáŧé óf bíŕŧĥ: {day}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Dose changes and check-ins</source>
        <translation>⟦Đóšé çĥáñğéš áñđ çĥéçķ-íñš·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Dose lowered</source>
        <translation>⟦Đóšé łóŵéŕéđ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Dose plan</source>
        <translation>⟦Đóšé płáñ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Dose raised</source>
        <translation>⟦Đóšé ŕáíšéđ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Dose watch</source>
        <translation>⟦Đóšé ŵáŧçĥ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Doses</source>
        <translation>⟦Đóšéš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Doses missed</source>
        <translation>⟦Đóšéš míššéđ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Entries</source>
        <translation>⟦Éñŧŕíéš···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>From {day} to today is {days} days; a summary covers at most {most} ({why}). Choose a later first day.</source>
        <translation>⟦Fŕóm {day} ŧó ŧóđáý íš {days} đáýš; á šúmmáŕý çóvéŕš áŧ móšŧ {most} ({why}). Çĥóóšé á łáŧéŕ fíŕšŧ đáý.·······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Kidney function reduced (recorded in the app)</source>
        <translation>⟦Ķíđñéý fúñçŧíóñ ŕéđúçéđ (ŕéçóŕđéđ íñ ŧĥé ápp)···············⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Last %n days</source>
        <extracomment>English singular: Last %n day</extracomment>
        <translation>
            <numerusform>⟦Łášŧ %n đáý···⟧</numerusform>
            <numerusform>⟦Łášŧ %n đáýš···⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Last 30 days</source>
        <translation>⟦Łášŧ 30 đáýš···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Last 60 days</source>
        <translation>⟦Łášŧ 60 đáýš···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Last 90 days</source>
        <translation>⟦Łášŧ 90 đáýš···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Left out as advised</source>
        <translation>⟦Łéfŧ óúŧ áš áđvíšéđ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Made on {day} at {time}</source>
        <translation>⟦Máđé óñ {day} áŧ {time}···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Medicine and how it is taken</source>
        <translation>⟦Méđíçíñé áñđ ĥóŵ íŧ íš ŧáķéñ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Medicines and doses</source>
        <translation>⟦Méđíçíñéš áñđ đóšéš·······⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>No baclofen by mouth recorded on %n days:</source>
        <extracomment>English singular: No baclofen by mouth recorded on %n day:</extracomment>
        <translation>
            <numerusform>⟦Ñó báçłóféñ bý móúŧĥ ŕéçóŕđéđ óñ %n đáý:············⟧</numerusform>
            <numerusform>⟦Ñó báçłóféñ bý móúŧĥ ŕéçóŕđéđ óñ %n đáýš:············⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>No diary entries in the period.</source>
        <translation>⟦Ñó đíáŕý éñŧŕíéš íñ ŧĥé péŕíóđ.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>No dose changes with check-ins in the period.</source>
        <translation>⟦Ñó đóšé çĥáñğéš ŵíŧĥ çĥéçķ-íñš íñ ŧĥé péŕíóđ.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>No medicines recorded.</source>
        <translation>⟦Ñó méđíçíñéš ŕéçóŕđéđ.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>No schedule</source>
        <translation>⟦Ñó šçĥéđúłé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>No titration or taper plan recorded.</source>
        <translation>⟦Ñó ŧíŧŕáŧíóñ óŕ ŧápéŕ płáñ ŕéçóŕđéđ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>None recorded.</source>
        <translation>⟦Ñóñé ŕéçóŕđéđ.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Not taken or no answer</source>
        <translation>⟦Ñóŧ ŧáķéñ óŕ ñó áñšŵéŕ·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Other: {text}</source>
        <translation>⟦Óŧĥéŕ: {text}··⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Over the daily limit on %n days.</source>
        <extracomment>English singular: Over the daily limit on %n day.</extracomment>
        <translation>
            <numerusform>⟦Óvéŕ ŧĥé đáíłý łímíŧ óñ %n đáý.·········⟧</numerusform>
            <numerusform>⟦Óvéŕ ŧĥé đáíłý łímíŧ óñ %n đáýš.·········⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Period: {start} to {end}</source>
        <translation>⟦Péŕíóđ: {start} ŧó {end}···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Plan</source>
        <translation>⟦Płáñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Please check:</source>
        <translation>⟦Płéášé çĥéçķ:····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Please note:</source>
        <translation>⟦Płéášé ñóŧé:····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Prescriber: {name}</source>
        <translation>⟦Pŕéšçŕíbéŕ: {name}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Pump (no doses to remind)</source>
        <translation>⟦Púmp (ñó đóšéš ŧó ŕémíñđ)········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Pump refilled</source>
        <translation>⟦Púmp ŕéfíłłéđ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Questions for the doctor or nurse</source>
        <translation>⟦Qúéšŧíóñš fóŕ ŧĥé đóçŧóŕ óŕ ñúŕšé···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Recorded by the person or their carer in Caregiver Assistant. It shows what was written down; it is not a medical assessment.</source>
        <translation>⟦Ŕéçóŕđéđ bý ŧĥé péŕšóñ óŕ ŧĥéíŕ çáŕéŕ íñ Çáŕéğívéŕ Áššíšŧáñŧ. Íŧ šĥóŵš ŵĥáŧ ŵáš ŵŕíŧŧéñ đóŵñ; íŧ íš ñóŧ á méđíçáł áššéššméñŧ.········································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Score</source>
        <translation>⟦Šçóŕé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Side effects noted</source>
        <translation>⟦Šíđé éfféçŧš ñóŧéđ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Side effects: {effects}</source>
        <translation>⟦Šíđé éfféçŧš: {effects}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Skipped</source>
        <translation>⟦Šķíppéđ···⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Sooner than the minimum time %n times.</source>
        <extracomment>English singular: Sooner than the minimum time %n time.</extracomment>
        <translation>
            <numerusform>⟦Šóóñéŕ ŧĥáñ ŧĥé míñímúm ŧímé %n ŧímé.···········⟧</numerusform>
            <numerusform>⟦Šóóñéŕ ŧĥáñ ŧĥé míñímúm ŧímé %n ŧíméš.············⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Spasticity before → during</source>
        <translation>⟦Špášŧíçíŧý béfóŕé → đúŕíñğ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Stock ran out</source>
        <translation>⟦Šŧóçķ ŕáñ óúŧ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Symptom diary</source>
        <translation>⟦Šýmpŧóm đíáŕý·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Taken</source>
        <translation>⟦Ŧáķéñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Taken, skipped and not taken are what was recorded. “Left out as advised” are missed doses left out because the next dose was less than 2 hours away (the missed-dose rule); they are not counted against the % taken. “No answer” counts the doses of the current schedules, since they were set, that nobody answered.</source>
        <translation>⟦Ŧáķéñ, šķíppéđ áñđ ñóŧ ŧáķéñ áŕé ŵĥáŧ ŵáš ŕéçóŕđéđ. “Łéfŧ óúŧ áš áđvíšéđ” áŕé míššéđ đóšéš łéfŧ óúŧ béçáúšé ŧĥé ñéxŧ đóšé ŵáš łéšš ŧĥáñ 2 ĥóúŕš áŵáý (ŧĥé míššéđ-đóšé ŕúłé); ŧĥéý áŕé ñóŧ çóúñŧéđ áğáíñšŧ ŧĥé % ŧáķéñ. “Ñó áñšŵéŕ” çóúñŧš ŧĥé đóšéš óf ŧĥé çúŕŕéñŧ šçĥéđúłéš, šíñçé ŧĥéý ŵéŕé šéŧ, ŧĥáŧ ñóbóđý áñšŵéŕéđ.·································································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>That person is not in this data folder.</source>
        <translation>⟦Ŧĥáŧ péŕšóñ íš ñóŧ íñ ŧĥíš đáŧá fółđéŕ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>The first day ({day}) is after today.</source>
        <translation>⟦Ŧĥé fíŕšŧ đáý ({day}) íš áfŧéŕ ŧóđáý.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>The first day must be a date like 2026-05-31, not “{text}”.</source>
        <translation>⟦Ŧĥé fíŕšŧ đáý múšŧ bé á đáŧé łíķé 2026-05-31, ñóŧ “{text}”.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>The period can be at most {most} days ({why}).</source>
        <translation>⟦Ŧĥé péŕíóđ çáñ bé áŧ móšŧ {most} đáýš ({why}).··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>The period must be between 1 and {most} days ({why}).</source>
        <translation>⟦Ŧĥé péŕíóđ múšŧ bé béŧŵééñ 1 áñđ {most} đáýš ({why}).············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>The questions are too long (at most {most} characters).</source>
        <translation>⟦Ŧĥé qúéšŧíóñš áŕé ŧóó łóñğ (áŧ móšŧ {most} çĥáŕáçŧéŕš).···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>The start of the period is after its end.</source>
        <translation>⟦Ŧĥé šŧáŕŧ óf ŧĥé péŕíóđ íš áfŧéŕ íŧš éñđ.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>a year and a day, so a yearly review fits; the summary is for one appointment — the whole history is in the export</source>
        <translation>⟦á ýéáŕ áñđ á đáý, šó á ýéáŕłý ŕévíéŵ fíŧš; ŧĥé šúmmáŕý íš fóŕ óñé áppóíñŧméñŧ — ŧĥé ŵĥółé ĥíšŧóŕý íš íñ ŧĥé éxpóŕŧ···································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>about the same ({first} then {second} on average)</source>
        <translation>⟦ábóúŧ ŧĥé šámé ({first} ŧĥéñ {second} óñ ávéŕáğé)··········⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>all %n steps done</source>
        <extracomment>English singular: all %n steps done</extracomment>
        <translation>
            <numerusform>⟦áłł %n šŧépš đóñé·····⟧</numerusform>
            <numerusform>⟦áłł %n šŧépš đóñé·····⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>at most {most} in one day</source>
        <translation>⟦áŧ móšŧ {most} íñ óñé đáý······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>at most {most} in one day (limit {limit} a day)</source>
        <translation>⟦áŧ móšŧ {most} íñ óñé đáý (łímíŧ {limit} á đáý)·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>at most {most} mg in one day (limit {limit} mg)</source>
        <translation>⟦áŧ móšŧ {most} mğ íñ óñé đáý (łímíŧ {limit} mğ)·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>building up</source>
        <translation>⟦búíłđíñğ úp····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>finished</source>
        <translation>⟦fíñíšĥéđ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>higher in the second half ({first}, then {second} on average)</source>
        <translation>⟦ĥíğĥéŕ íñ ŧĥé šéçóñđ ĥáłf ({first}, ŧĥéñ {second} óñ ávéŕáğé)··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>lower in the second half ({first}, then {second} on average)</source>
        <translation>⟦łóŵéŕ íñ ŧĥé šéçóñđ ĥáłf ({first}, ŧĥéñ {second} óñ ávéŕáğé)·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>lowering</source>
        <translation>⟦łóŵéŕíñğ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>next {mg} mg a day from {day}</source>
        <translation>⟦ñéxŧ {mg} mğ á đáý fŕóm {day}······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>none</source>
        <translation>⟦ñóñé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>not asked (only after a rise)</source>
        <translation>⟦ñóŧ ášķéđ (óñłý áfŧéŕ á ŕíšé)·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>not enough entries to compare</source>
        <translation>⟦ñóŧ éñóúğĥ éñŧŕíéš ŧó çómpáŕé··········⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>not started yet, %n steps</source>
        <extracomment>English singular: not started yet, %n step</extracomment>
        <translation>
            <numerusform>⟦ñóŧ šŧáŕŧéđ ýéŧ, %n šŧép·······⟧</numerusform>
            <numerusform>⟦ñóŧ šŧáŕŧéđ ýéŧ, %n šŧépš·······⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>shortest time between two {gap}</source>
        <translation>⟦šĥóŕŧéšŧ ŧímé béŧŵééñ ŧŵó {gap}·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>shortest time between two {gap} (at least {minimum} apart)</source>
        <translation>⟦šĥóŕŧéšŧ ŧímé béŧŵééñ ŧŵó {gap} (áŧ łéášŧ {minimum} ápáŕŧ)··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>step {step} of {steps}</source>
        <translation>⟦šŧép {step} óf {steps}··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>then stop</source>
        <translation>⟦ŧĥéñ šŧóp···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>today {mg} mg a day</source>
        <translation>⟦ŧóđáý {mg} mğ á đáý····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{answered} ({none} with none of the signs)</source>
        <translation>⟦{answered} ({none} ŵíŧĥ ñóñé óf ŧĥé šíğñš)·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{change} ({day})</source>
        <translation>⟦{change} ({day})·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{days}. Stopping baclofen suddenly can cause withdrawal; if doses were taken but not recorded, the record is incomplete.</source>
        <translation>⟦{days}. Šŧóppíñğ báçłóféñ šúđđéñłý çáñ çáúšé ŵíŧĥđŕáŵáł; íf đóšéš ŵéŕé ŧáķéñ búŧ ñóŧ ŕéçóŕđéđ, ŧĥé ŕéçóŕđ íš íñçómpłéŧé.·····································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{first} to {last}</source>
        <translation>⟦{first} ŧó {last}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{first} to {last}. Also: {changes}</source>
        <translation>⟦{first} ŧó {last}. Áłšó: {changes}··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{hours} h</source>
        <translation>⟦{hours} ĥ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{hours} h {minutes} min</source>
        <translation>⟦{hours} ĥ {minutes} míñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{medicine} (stopped)</source>
        <translation>⟦{medicine} (šŧóppéđ)···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{minutes} min</source>
        <translation>⟦{minutes} míñ·⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{name}: %n times</source>
        <extracomment>English singular: {name}: %n time</extracomment>
        <translation>
            <numerusform>⟦{name}: %n ŧímé··⟧</numerusform>
            <numerusform>⟦{name}: %n ŧíméš··⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{percent}%</source>
        <translation>⟦{percent}%·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{plan} ({kind}): {where}</source>
        <translation>⟦{plan} ({kind}): {where}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{plan} ({kind}, not followed): {where}</source>
        <translation>⟦{plan} ({kind}, ñóŧ fółłóŵéđ): {where}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{plan}: {warning}</source>
        <translation>⟦{plan}: {warning}·⟧</translation>
    </message>
</context>
<context>
    <name>services.checkins</name>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>A refill is recorded once it is done, not before.</source>
        <translation>⟦Á ŕéfíłł íš ŕéçóŕđéđ óñçé íŧ íš đóñé, ñóŧ béfóŕé.···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>Baclofen stock at zero on {day}</source>
        <translation>⟦Báçłóféñ šŧóçķ áŧ žéŕó óñ {day}········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>Dose changed on {day}</source>
        <translation>⟦Đóšé çĥáñğéđ óñ {day}·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>Dose lowered on {day}</source>
        <translation>⟦Đóšé łóŵéŕéđ óñ {day}·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>Dose raised on {day}</source>
        <translation>⟦Đóšé ŕáíšéđ óñ {day}·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>Only a pump is refilled.</source>
        <translation>⟦Óñłý á púmp íš ŕéfíłłéđ.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>Pump refilled on {day}</source>
        <translation>⟦Púmp ŕéfíłłéđ óñ {day}······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>The check-in of {day} has already been answered (perhaps from another window). Nothing was changed; the answer is in the diary.</source>
        <translation>⟦Ŧĥé çĥéçķ-íñ óf {day} ĥáš áłŕéáđý bééñ áñšŵéŕéđ (péŕĥápš fŕóm áñóŧĥéŕ ŵíñđóŵ). Ñóŧĥíñğ ŵáš çĥáñğéđ; ŧĥé áñšŵéŕ íš íñ ŧĥé đíáŕý.······································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>The next refill must come after this one.</source>
        <translation>⟦Ŧĥé ñéxŧ ŕéfíłł múšŧ çómé áfŧéŕ ŧĥíš óñé.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>The pump refill date ({day}) has passed</source>
        <translation>⟦Ŧĥé púmp ŕéfíłł đáŧé ({day}) ĥáš páššéđ··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>The pump&apos;s low-reservoir date ({day}) has passed</source>
        <translation>⟦Ŧĥé púmp&apos;š łóŵ-ŕéšéŕvóíŕ đáŧé ({day}) ĥáš páššéđ·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>none</source>
        <translation>⟦ñóñé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>{mg} mg</source>
        <translation>⟦{mg} mğ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>{name} lowered to {mg} a day on {day}</source>
        <translation>⟦{name} łóŵéŕéđ ŧó {mg} á đáý óñ {day}······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>{name} raised to {mg} a day on {day}</source>
        <translation>⟦{name} ŕáíšéđ ŧó {mg} á đáý óñ {day}······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>{name} stopped on {day}</source>
        <translation>⟦{name} šŧóppéđ óñ {day}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>{what}; check-in {number} of {of} ({day}) at {time}</source>
        <translation>⟦{what}; çĥéçķ-íñ {number} óf {of} ({day}) áŧ {time}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>{what}; check-in {number} of {of} at {time}</source>
        <translation>⟦{what}; çĥéçķ-íñ {number} óf {of} áŧ {time}····⟧</translation>
    </message>
</context>
<context>
    <name>services.doses</name>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>Kidney function reduced: doses may need to be lower — the prescriber decides.</source>
        <translation>⟦Ķíđñéý fúñçŧíóñ ŕéđúçéđ: đóšéš máý ñééđ ŧó bé łóŵéŕ — ŧĥé pŕéšçŕíbéŕ đéçíđéš.·························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>Log this dose anyway?</source>
        <translation>⟦Łóğ ŧĥíš đóšé áñýŵáý?·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>Log this dose as taken anyway?</source>
        <translation>⟦Łóğ ŧĥíš đóšé áš ŧáķéñ áñýŵáý?··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>Nothing of this answer was saved.</source>
        <translation>⟦Ñóŧĥíñğ óf ŧĥíš áñšŵéŕ ŵáš šávéđ.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>Please check before logging</source>
        <translation>⟦Płéášé çĥéçķ béfóŕé łóğğíñğ··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>due now</source>
        <translation>⟦đúé ñóŵ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>missed — was it taken?</source>
        <translation>⟦míššéđ — ŵáš íŧ ŧáķéñ?······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>not taken</source>
        <translation>⟦ñóŧ ŧáķéñ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>skipped</source>
        <translation>⟦šķíppéđ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>snoozed</source>
        <translation>⟦šñóóžéđ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>snoozed until {time}</source>
        <translation>⟦šñóóžéđ úñŧíł {time}·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>taken</source>
        <translation>⟦ŧáķéñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>taken at {time}</source>
        <translation>⟦ŧáķéñ áŧ {time}···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>upcoming</source>
        <translation>⟦úpçómíñğ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>{day} {year}</source>
        <translation>⟦{day} {year}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>{name} was not snoozed: its next dose is due at soon, so this one cannot wait any longer. Say whether it was taken, or skip it (if it was not taken, leave it out and take the next dose at the usual time).</source>
        <translation>⟦{name} ŵáš ñóŧ šñóóžéđ: íŧš ñéxŧ đóšé íš đúé áŧ šóóñ, šó ŧĥíš óñé çáññóŧ ŵáíŧ áñý łóñğéŕ. Šáý ŵĥéŧĥéŕ íŧ ŵáš ŧáķéñ, óŕ šķíp íŧ (íf íŧ ŵáš ñóŧ ŧáķéñ, łéávé íŧ óúŧ áñđ ŧáķé ŧĥé ñéxŧ đóšé áŧ ŧĥé úšúáł ŧímé).···························································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>{name} was not snoozed: its next dose is due at {time}, so this one cannot wait any longer. Say whether it was taken, or skip it (if it was not taken, leave it out and take the next dose at the usual time).</source>
        <translation>⟦{name} ŵáš ñóŧ šñóóžéđ: íŧš ñéxŧ đóšé íš đúé áŧ {time}, šó ŧĥíš óñé çáññóŧ ŵáíŧ áñý łóñğéŕ. Šáý ŵĥéŧĥéŕ íŧ ŵáš ŧáķéñ, óŕ šķíp íŧ (íf íŧ ŵáš ñóŧ ŧáķéñ, łéávé íŧ óúŧ áñđ ŧáķé ŧĥé ñéxŧ đóšé áŧ ŧĥé úšúáł ŧímé).··························································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>{name}: doses follow the plan “{plan}”, step {step} of {steps} ({mg} mg a day in the plan).</source>
        <translation>⟦{name}: đóšéš fółłóŵ ŧĥé płáñ “{plan}”, šŧép {step} óf {steps} ({mg} mğ á đáý íñ ŧĥé płáñ).················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>{name}: doses follow the plan “{plan}”, step {step} of {steps} ({mg} mg a day in the plan). Then stop.</source>
        <translation>⟦{name}: đóšéš fółłóŵ ŧĥé płáñ “{plan}”, šŧép {step} óf {steps} ({mg} mğ á đáý íñ ŧĥé płáñ). Ŧĥéñ šŧóp.···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>{name}: the plan “{plan}” ended on {day} and said stop after its last step, so no more doses are reminded.</source>
        <translation>⟦{name}: ŧĥé płáñ “{plan}” éñđéđ óñ {day} áñđ šáíđ šŧóp áfŧéŕ íŧš łášŧ šŧép, šó ñó móŕé đóšéš áŕé ŕémíñđéđ.··························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>{name}: the plan “{plan}” ended on {day}; its last step ({mg} mg a day in the plan) is still reminded. If the doctor or nurse said otherwise, change or archive the plan on the Plans page.</source>
        <translation>⟦{name}: ŧĥé płáñ “{plan}” éñđéđ óñ {day}; íŧš łášŧ šŧép ({mg} mğ á đáý íñ ŧĥé płáñ) íš šŧíłł ŕémíñđéđ. Íf ŧĥé đóçŧóŕ óŕ ñúŕšé šáíđ óŧĥéŕŵíšé, çĥáñğé óŕ áŕçĥívé ŧĥé płáñ óñ ŧĥé Płáñš páğé.·················································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>{name}: the plan “{plan}” is followed, but none of its times of day is a time on the Medicines page, so reminders give the Medicines page&apos;s doses. Change the plan&apos;s times or the medicine&apos;s.</source>
        <translation>⟦{name}: ŧĥé płáñ “{plan}” íš fółłóŵéđ, búŧ ñóñé óf íŧš ŧíméš óf đáý íš á ŧímé óñ ŧĥé Méđíçíñéš páğé, šó ŕémíñđéŕš ğívé ŧĥé Méđíçíñéš páğé&apos;š đóšéš. Çĥáñğé ŧĥé płáñ&apos;š ŧíméš óŕ ŧĥé méđíçíñé&apos;š.······················································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>{name}: the plan “{plan}” starts on {day}; until then the doses on the Medicines page are reminded.</source>
        <translation>⟦{name}: ŧĥé płáñ “{plan}” šŧáŕŧš óñ {day}; úñŧíł ŧĥéñ ŧĥé đóšéš óñ ŧĥé Méđíçíñéš páğé áŕé ŕémíñđéđ.························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>{name}: {notice}</source>
        <translation>⟦{name}: {notice}·⟧</translation>
    </message>
</context>
<context>
    <name>services.medicines</name>
    <message>
        <location filename="../src/caregiver_app/services/medicines.py"/>
        <source>The plan “{plan}” gives doses at {times}, which would no longer be times on this page: those plan doses would not be reminded, and the new times would get the doses set here. Change the plan&apos;s times on the Plans page too.</source>
        <translation>⟦Ŧĥé płáñ “{plan}” ğívéš đóšéš áŧ {times}, ŵĥíçĥ ŵóúłđ ñó łóñğéŕ bé ŧíméš óñ ŧĥíš páğé: ŧĥóšé płáñ đóšéš ŵóúłđ ñóŧ bé ŕémíñđéđ, áñđ ŧĥé ñéŵ ŧíméš ŵóúłđ ğéŧ ŧĥé đóšéš šéŧ ĥéŕé. Çĥáñğé ŧĥé płáñ&apos;š ŧíméš óñ ŧĥé Płáñš páğé ŧóó.································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/medicines.py"/>
        <source>The plan “{plan}” sets this medicine&apos;s doses at {times}. With this schedule it cannot: reminders would give the doses set here instead. Change or archive the plan on the Plans page if that is what the doctor or nurse said.</source>
        <translation>⟦Ŧĥé płáñ “{plan}” šéŧš ŧĥíš méđíçíñé&apos;š đóšéš áŧ {times}. Ŵíŧĥ ŧĥíš šçĥéđúłé íŧ çáññóŧ: ŕémíñđéŕš ŵóúłđ ğívé ŧĥé đóšéš šéŧ ĥéŕé íñšŧéáđ. Çĥáñğé óŕ áŕçĥívé ŧĥé płáñ óñ ŧĥé Płáñš páğé íf ŧĥáŧ íš ŵĥáŧ ŧĥé đóçŧóŕ óŕ ñúŕšé šáíđ.·································································⟧</translation>
    </message>
</context>
<context>
    <name>services.plans</name>
    <message>
        <location filename="../src/caregiver_app/services/plans.py"/>
        <source>Plan</source>
        <translation>⟦Płáñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/plans.py"/>
        <source>The plan has doses at {times}, but {name}&apos;s reminders come only at {have} (the times set on the Medicines page), so those doses would not be reminded. To be reminded of them, add {times} to {name}&apos;s times on the Medicines page.</source>
        <translation>⟦Ŧĥé płáñ ĥáš đóšéš áŧ {times}, búŧ {name}&apos;š ŕémíñđéŕš çómé óñłý áŧ {have} (ŧĥé ŧíméš šéŧ óñ ŧĥé Méđíçíñéš páğé), šó ŧĥóšé đóšéš ŵóúłđ ñóŧ bé ŕémíñđéđ. Ŧó bé ŕémíñđéđ óf ŧĥém, áđđ {times} ŧó {name}&apos;š ŧíméš óñ ŧĥé Méđíçíñéš páğé.··························································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/plans.py"/>
        <source>{name} has a dose at {times}, which this plan does not list: that dose stays as set on the Medicines page, whatever the plan says. If the plan should change or stop that dose, add {times} to the plan (0 mg to stop it).</source>
        <translation>⟦{name} ĥáš á đóšé áŧ {times}, ŵĥíçĥ ŧĥíš płáñ đóéš ñóŧ łíšŧ: ŧĥáŧ đóšé šŧáýš áš šéŧ óñ ŧĥé Méđíçíñéš páğé, ŵĥáŧévéŕ ŧĥé płáñ šáýš. Íf ŧĥé płáñ šĥóúłđ çĥáñğé óŕ šŧóp ŧĥáŧ đóšé, áđđ {times} ŧó ŧĥé płáñ (0 mğ ŧó šŧóp íŧ).··························································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/plans.py"/>
        <source>{name} has no daily times on the Medicines page, so reminders cannot follow this plan: set the times there.</source>
        <translation>⟦{name} ĥáš ñó đáíłý ŧíméš óñ ŧĥé Méđíçíñéš páğé, šó ŕémíñđéŕš çáññóŧ fółłóŵ ŧĥíš płáñ: šéŧ ŧĥé ŧíméš ŧĥéŕé.································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/plans.py"/>
        <source>{name} is taken on some weekdays only: the plan&apos;s doses are reminded on those days only.</source>
        <translation>⟦{name} íš ŧáķéñ óñ šómé ŵééķđáýš óñłý: ŧĥé płáñ&apos;š đóšéš áŕé ŕémíñđéđ óñ ŧĥóšé đáýš óñłý.··························⟧</translation>
    </message>
</context>
<context>
    <name>storage.backup</name>
    <message numerus="yes">
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>%n diary entries</source>
        <extracomment>English singular: %n diary entry</extracomment>
        <translation>
            <numerusform>⟦%n đíáŕý éñŧŕý····⟧</numerusform>
            <numerusform>⟦%n đíáŕý éñŧŕíéš·····⟧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>%n doses</source>
        <extracomment>English singular: %n dose</extracomment>
        <translation>
            <numerusform>⟦%n đóšé··⟧</numerusform>
            <numerusform>⟦%n đóšéš··⟧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>%n people</source>
        <extracomment>English singular: %n person</extracomment>
        <translation>
            <numerusform>⟦%n péŕšóñ··⟧</numerusform>
            <numerusform>⟦%n péópłé··⟧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>%n record(s) refer to records that do not exist (first: {table} row {row} -&gt; {parent})</source>
        <extracomment>English singular: %n record(s) refer to records that do not exist (first: {table} row {row} -&gt; {parent})</extracomment>
        <translation>
            <numerusform>⟦%n ŕéçóŕđ(š) ŕéféŕ ŧó ŕéçóŕđš ŧĥáŧ đó ñóŧ éxíšŧ (fíŕšŧ: {table} ŕóŵ {row} -&gt; {parent})·················⟧</numerusform>
            <numerusform>⟦%n ŕéçóŕđ(š) ŕéféŕ ŧó ŕéçóŕđš ŧĥáŧ đó ñóŧ éxíšŧ (fíŕšŧ: {table} ŕóŵ {row} -&gt; {parent})·················⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>? diary entries</source>
        <translation>⟦? đíáŕý éñŧŕíéš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>? doses</source>
        <translation>⟦? đóšéš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>? people</source>
        <translation>⟦? péópłé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>That backup cannot be restored: {problem}. Nothing was changed.</source>
        <translation>⟦Ŧĥáŧ báçķúp çáññóŧ bé ŕéšŧóŕéđ: {problem}. Ñóŧĥíñğ ŵáš çĥáñğéđ.·················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>That is the live data file itself; nothing was changed.</source>
        <translation>⟦Ŧĥáŧ íš ŧĥé łívé đáŧá fíłé íŧšéłf; ñóŧĥíñğ ŵáš çĥáñğéđ.··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>That is the live data file itself; please choose another name for the backup.</source>
        <translation>⟦Ŧĥáŧ íš ŧĥé łívé đáŧá fíłé íŧšéłf; płéášé çĥóóšé áñóŧĥéŕ ñámé fóŕ ŧĥé báçķúp.·························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup failed ({error}). Your data itself is unchanged.</source>
        <translation>⟦Ŧĥé báçķúp fáíłéđ ({error}). Ýóúŕ đáŧá íŧšéłf íš úñçĥáñğéđ.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup failed: the disk is full. Free some space and try again. Your data itself is unchanged.</source>
        <translation>⟦Ŧĥé báçķúp fáíłéđ: ŧĥé đíšķ íš fúłł. Fŕéé šómé špáçé áñđ ŧŕý áğáíñ. Ýóúŕ đáŧá íŧšéłf íš úñçĥáñğéđ.·······························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup failed: the folder cannot be written to (read-only or no permission). Your data itself is unchanged.</source>
        <translation>⟦Ŧĥé báçķúp fáíłéđ: ŧĥé fółđéŕ çáññóŧ bé ŵŕíŧŧéñ ŧó (ŕéáđ-óñłý óŕ ñó péŕmíššíóñ). Ýóúŕ đáŧá íŧšéłf íš úñçĥáñğéđ.···································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup folder {folder} cannot be read: {error}.</source>
        <translation>⟦Ŧĥé báçķúp fółđéŕ {folder} çáññóŧ bé ŕéáđ: {error}.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup was made but did not pass its check ({problem}); it was not kept. Your data itself is unchanged.</source>
        <translation>⟦Ŧĥé báçķúp ŵáš máđé búŧ đíđ ñóŧ pášš íŧš çĥéçķ ({problem}); íŧ ŵáš ñóŧ ķépŧ. Ýóúŕ đáŧá íŧšéłf íš úñçĥáñğéđ.······························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup was made, but old backups could not be removed: {files}</source>
        <translation>⟦Ŧĥé báçķúp ŵáš máđé, búŧ ółđ báçķúpš çóúłđ ñóŧ bé ŕémóvéđ: {files}··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup was not made: the folder {folder} does not exist.</source>
        <translation>⟦Ŧĥé báçķúp ŵáš ñóŧ máđé: ŧĥé fółđéŕ {folder} đóéš ñóŧ éxíšŧ.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup was not made: {error}</source>
        <translation>⟦Ŧĥé báçķúp ŵáš ñóŧ máđé: {error}········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup was not made: {path} already exists.</source>
        <translation>⟦Ŧĥé báçķúp ŵáš ñóŧ máđé: {path} áłŕéáđý éxíšŧš.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup was not made: {path} is a folder.</source>
        <translation>⟦Ŧĥé báçķúp ŵáš ñóŧ máđé: {path} íš á fółđéŕ.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The restore did not start: the data file is busy ({error}). Nothing was changed.</source>
        <translation>⟦Ŧĥé ŕéšŧóŕé đíđ ñóŧ šŧáŕŧ: ŧĥé đáŧá fíłé íš búšý ({error}). Ñóŧĥíñğ ŵáš çĥáñğéđ.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The restore did not start: the data file is in use by another program (close it and try again). Nothing was changed.</source>
        <translation>⟦Ŧĥé ŕéšŧóŕé đíđ ñóŧ šŧáŕŧ: ŧĥé đáŧá fíłé íš íñ úšé bý áñóŧĥéŕ pŕóğŕám (çłóšé íŧ áñđ ŧŕý áğáíñ). Ñóŧĥíñğ ŵáš çĥáñğéđ.····································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The restore failed ({error}). Your data itself is unchanged.</source>
        <translation>⟦Ŧĥé ŕéšŧóŕé fáíłéđ ({error}). Ýóúŕ đáŧá íŧšéłf íš úñçĥáñğéđ.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The restore failed: the disk is full. Free some space and try again. Your data itself is unchanged.</source>
        <translation>⟦Ŧĥé ŕéšŧóŕé fáíłéđ: ŧĥé đíšķ íš fúłł. Fŕéé šómé špáçé áñđ ŧŕý áğáíñ. Ýóúŕ đáŧá íŧšéłf íš úñçĥáñğéđ.·······························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The restore failed: the folder cannot be written to (read-only or no permission). Your data itself is unchanged.</source>
        <translation>⟦Ŧĥé ŕéšŧóŕé fáíłéđ: ŧĥé fółđéŕ çáññóŧ bé ŵŕíŧŧéñ ŧó (ŕéáđ-óñłý óŕ ñó péŕmíššíóñ). Ýóúŕ đáŧá íŧšéłf íš úñçĥáñğéđ.····································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The restored copy did not pass its check ({problem}); nothing was changed.</source>
        <translation>⟦Ŧĥé ŕéšŧóŕéđ çópý đíđ ñóŧ pášš íŧš çĥéçķ ({problem}); ñóŧĥíñğ ŵáš çĥáñğéđ.····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>This store has no file to restore into.</source>
        <translation>⟦Ŧĥíš šŧóŕé ĥáš ñó fíłé ŧó ŕéšŧóŕé íñŧó.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>automatic</source>
        <translation>⟦áúŧómáŧíç····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>before a restore</source>
        <translation>⟦béfóŕé á ŕéšŧóŕé······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>before an import</source>
        <translation>⟦béfóŕé áñ ímpóŕŧ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>cannot be used: {problem}</source>
        <translation>⟦çáññóŧ bé úšéđ: {problem}·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>it cannot be read ({error})</source>
        <translation>⟦íŧ çáññóŧ bé ŕéáđ ({error})······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>it holds no Caregiver Assistant data</source>
        <translation>⟦íŧ ĥółđš ñó Çáŕéğívéŕ Áššíšŧáñŧ đáŧá············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>it is not a Caregiver Assistant data file</source>
        <translation>⟦íŧ íš ñóŧ á Çáŕéğívéŕ Áššíšŧáñŧ đáŧá fíłé··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>it was made by a newer version of the app (data format {version})</source>
        <translation>⟦íŧ ŵáš máđé bý á ñéŵéŕ véŕšíóñ óf ŧĥé ápp (đáŧá fóŕmáŧ {version})·················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>the file is missing</source>
        <translation>⟦ŧĥé fíłé íš míššíñğ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>the integrity check failed ({details})</source>
        <translation>⟦ŧĥé íñŧéğŕíŧý çĥéçķ fáíłéđ ({details})·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>{count} diary entries</source>
        <translation>⟦{count} đíáŕý éñŧŕíéš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>{count} doses</source>
        <translation>⟦{count} đóšéš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>{count} people</source>
        <translation>⟦{count} péópłé··⟧</translation>
    </message>
</context>
<context>
    <name>storage.csv_export</name>
    <message>
        <location filename="../src/caregiver_app/storage/csv_export.py"/>
        <source>{folder} is a file; please give a folder for the CSV files.</source>
        <translation>⟦{folder} íš á fíłé; płéášé ğívé á fółđéŕ fóŕ ŧĥé ÇŠV fíłéš.···············⟧</translation>
    </message>
</context>
<context>
    <name>storage.db</name>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>Saving failed ({error}). Nothing of this change was saved; earlier data is safe.</source>
        <translation>⟦Šávíñğ fáíłéđ ({error}). Ñóŧĥíñğ óf ŧĥíš çĥáñğé ŵáš šávéđ; éáŕłíéŕ đáŧá íš šáfé.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>The data file is busy in another program. Please try again in a moment; nothing was saved.</source>
        <translation>⟦Ŧĥé đáŧá fíłé íš búšý íñ áñóŧĥéŕ pŕóğŕám. Płéášé ŧŕý áğáíñ íñ á móméñŧ; ñóŧĥíñğ ŵáš šávéđ.····························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>The data file {path} cannot be opened for writing: {error}.</source>
        <translation>⟦Ŧĥé đáŧá fíłé {path} çáññóŧ bé ópéñéđ fóŕ ŵŕíŧíñğ: {error}.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>The data file {path} cannot be read: {reason}. It has been left exactly as it is, so nothing more is lost.</source>
        <translation>⟦Ŧĥé đáŧá fíłé {path} çáññóŧ bé ŕéáđ: {reason}. Íŧ ĥáš bééñ łéfŧ éxáçŧłý áš íŧ íš, šó ñóŧĥíñğ móŕé íš łóšŧ.···························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>The data file {path} was written by a newer version of Caregiver Assistant (data format {found}; this version understands up to {latest}). It has not been changed. Please install the newer version to open it.</source>
        <translation>⟦Ŧĥé đáŧá fíłé {path} ŵáš ŵŕíŧŧéñ bý á ñéŵéŕ véŕšíóñ óf Çáŕéğívéŕ Áššíšŧáñŧ (đáŧá fóŕmáŧ {found}; ŧĥíš véŕšíóñ úñđéŕšŧáñđš úp ŧó {latest}). Íŧ ĥáš ñóŧ bééñ çĥáñğéđ. Płéášé íñšŧáłł ŧĥé ñéŵéŕ véŕšíóñ ŧó ópéñ íŧ.···························································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>The data folder cannot be written to (it is read-only), so this could not be saved. Nothing earlier was lost.</source>
        <translation>⟦Ŧĥé đáŧá fółđéŕ çáññóŧ bé ŵŕíŧŧéñ ŧó (íŧ íš ŕéáđ-óñłý), šó ŧĥíš çóúłđ ñóŧ bé šávéđ. Ñóŧĥíñğ éáŕłíéŕ ŵáš łóšŧ.··································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>The data folder {folder} is read-only, so Caregiver Assistant cannot save anything there. Nothing was changed. Make it writable, or choose another folder with --data-dir.</source>
        <translation>⟦Ŧĥé đáŧá fółđéŕ {folder} íš ŕéáđ-óñłý, šó Çáŕéğívéŕ Áššíšŧáñŧ çáññóŧ šávé áñýŧĥíñğ ŧĥéŕé. Ñóŧĥíñğ ŵáš çĥáñğéđ. Máķé íŧ ŵŕíŧábłé, óŕ çĥóóšé áñóŧĥéŕ fółđéŕ ŵíŧĥ --đáŧá-đíŕ.····················································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>The disk is full, so this could not be saved. Free some space and try again; nothing earlier was lost.</source>
        <translation>⟦Ŧĥé đíšķ íš fúłł, šó ŧĥíš çóúłđ ñóŧ bé šávéđ. Fŕéé šómé špáçé áñđ ŧŕý áğáíñ; ñóŧĥíñğ éáŕłíéŕ ŵáš łóšŧ.································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>a value is nested too deeply.</source>
        <translation>⟦á váłúé íš ñéšŧéđ ŧóó đéépłý.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>it is not a Caregiver Assistant data file (not an SQLite database)</source>
        <translation>⟦íŧ íš ñóŧ á Çáŕéğívéŕ Áššíšŧáñŧ đáŧá fíłé (ñóŧ áñ ŠQŁíŧé đáŧábášé)·····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>the integrity check failed ({details})</source>
        <translation>⟦ŧĥé íñŧéğŕíŧý çĥéçķ fáíłéđ ({details})·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>{field}: {problem}</source>
        <translation>⟦{field}: {problem}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>{problem}.</source>
        <translation>⟦{problem}.·⟧</translation>
    </message>
</context>
<context>
    <name>storage.diary</name>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>Choose the person this entry is for.</source>
        <translation>⟦Çĥóóšé ŧĥé péŕšóñ ŧĥíš éñŧŕý íš fóŕ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>No diary entry with id {id}</source>
        <translation>⟦Ñó đíáŕý éñŧŕý ŵíŧĥ íđ {id}·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The check-in of {day} has already been answered (perhaps from another window). Nothing was changed; the answer is in the diary.</source>
        <translation>⟦Ŧĥé çĥéçķ-íñ óf {day} ĥáš áłŕéáđý bééñ áñšŵéŕéđ (péŕĥápš fŕóm áñóŧĥéŕ ŵíñđóŵ). Ñóŧĥíñğ ŵáš çĥáñğéđ; ŧĥé áñšŵéŕ íš íñ ŧĥé đíáŕý.······································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The danger signs are nested too deeply.</source>
        <translation>⟦Ŧĥé đáñğéŕ šíğñš áŕé ñéšŧéđ ŧóó đéépłý.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The danger signs are not a list of the app&apos;s names.</source>
        <translation>⟦Ŧĥé đáñğéŕ šíğñš áŕé ñóŧ á łíšŧ óf ŧĥé ápp&apos;š ñáméš.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The danger signs are not valid JSON.</source>
        <translation>⟦Ŧĥé đáñğéŕ šíğñš áŕé ñóŧ váłíđ JŠÓÑ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The danger signs are too long ({count} characters; the app writes at most {most}).</source>
        <translation>⟦Ŧĥé đáñğéŕ šíğñš áŕé ŧóó łóñğ ({count} çĥáŕáçŧéŕš; ŧĥé ápp ŵŕíŧéš áŧ móšŧ {most}).·····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The day of the check-in ({day}) is not a real date.</source>
        <translation>⟦Ŧĥé đáý óf ŧĥé çĥéçķ-íñ ({day}) íš ñóŧ á ŕéáł đáŧé.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The day of the check-in is not a date like 2026-05-31.</source>
        <translation>⟦Ŧĥé đáý óf ŧĥé çĥéçķ-íñ íš ñóŧ á đáŧé łíķé 2026-05-31.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The side effects are nested too deeply.</source>
        <translation>⟦Ŧĥé šíđé éfféçŧš áŕé ñéšŧéđ ŧóó đéépłý.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The side effects are not a list of the app&apos;s names.</source>
        <translation>⟦Ŧĥé šíđé éfféçŧš áŕé ñóŧ á łíšŧ óf ŧĥé ápp&apos;š ñáméš.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The side effects are not valid JSON.</source>
        <translation>⟦Ŧĥé šíđé éfféçŧš áŕé ñóŧ váłíđ JŠÓÑ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The side effects are too long ({count} characters; the app writes at most {most}).</source>
        <translation>⟦Ŧĥé šíđé éfféçŧš áŕé ŧóó łóñğ ({count} çĥáŕáçŧéŕš; ŧĥé ápp ŵŕíŧéš áŧ móšŧ {most}).·····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The {what} are nested too deeply.</source>
        <translation>⟦Ŧĥé {what} áŕé ñéšŧéđ ŧóó đéépłý.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The {what} are not a list of the app&apos;s names.</source>
        <translation>⟦Ŧĥé {what} áŕé ñóŧ á łíšŧ óf ŧĥé ápp&apos;š ñáméš.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The {what} are not valid JSON.</source>
        <translation>⟦Ŧĥé {what} áŕé ñóŧ váłíđ JŠÓÑ.·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The {what} are too long ({count} characters; the app writes at most {most}).</source>
        <translation>⟦Ŧĥé {what} áŕé ŧóó łóñğ ({count} çĥáŕáçŧéŕš; ŧĥé ápp ŵŕíŧéš áŧ móšŧ {most}).················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>a value cannot be read</source>
        <translation>⟦á váłúé çáññóŧ bé ŕéáđ·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>its time cannot be read</source>
        <translation>⟦íŧš ŧímé çáññóŧ bé ŕéáđ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>its time is not between 1900 and 2100</source>
        <translation>⟦íŧš ŧímé íš ñóŧ béŧŵééñ 1900 áñđ 2100·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>the check-in it answers is not one the app knows</source>
        <translation>⟦ŧĥé çĥéçķ-íñ íŧ áñšŵéŕš íš ñóŧ óñé ŧĥé ápp ķñóŵš···············⟧</translation>
    </message>
</context>
<context>
    <name>storage.doses</name>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>A correction must say why it was made.</source>
        <translation>⟦Á çóŕŕéçŧíóñ múšŧ šáý ŵĥý íŧ ŵáš máđé.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>A dose taken needs the time it was taken.</source>
        <translation>⟦Á đóšé ŧáķéñ ñééđš ŧĥé ŧímé íŧ ŵáš ŧáķéñ.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>A scheduled dose needs its schedule and its due time.</source>
        <translation>⟦Á šçĥéđúłéđ đóšé ñééđš íŧš šçĥéđúłé áñđ íŧš đúé ŧímé.·················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>A withdrawn answer is no longer the dose&apos;s answer (superseded).</source>
        <translation>⟦Á ŵíŧĥđŕáŵñ áñšŵéŕ íš ñó łóñğéŕ ŧĥé đóšé&apos;š áñšŵéŕ (šúpéŕšéđéđ).····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Choose taken, skipped or missed.</source>
        <translation>⟦Çĥóóšé ŧáķéñ, šķíppéđ óŕ míššéđ.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Dose</source>
        <translation>⟦Đóšé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>No dose entry {id}</source>
        <translation>⟦Ñó đóšé éñŧŕý {id}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Note</source>
        <translation>⟦Ñóŧé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Only a dose taken has a time it was taken.</source>
        <translation>⟦Óñłý á đóšé ŧáķéñ ĥáš á ŧímé íŧ ŵáš ŧáķéñ.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Only a scheduled dose not taken can be left out as advised.</source>
        <translation>⟦Óñłý á šçĥéđúłéđ đóšé ñóŧ ŧáķéñ çáñ bé łéfŧ óúŧ áš áđvíšéđ.···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Only a withdrawn answer says why it was withdrawn.</source>
        <translation>⟦Óñłý á ŵíŧĥđŕáŵñ áñšŵéŕ šáýš ŵĥý íŧ ŵáš ŵíŧĥđŕáŵñ.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Only the newest version of an answer can be withdrawn.</source>
        <translation>⟦Óñłý ŧĥé ñéŵéšŧ véŕšíóñ óf áñ áñšŵéŕ çáñ bé ŵíŧĥđŕáŵñ.··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Reason</source>
        <translation>⟦Ŕéášóñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Reason for the change</source>
        <translation>⟦Ŕéášóñ fóŕ ŧĥé çĥáñğé·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Reason for withdrawing</source>
        <translation>⟦Ŕéášóñ fóŕ ŵíŧĥđŕáŵíñğ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>The dose&apos;s slot is not a day and time like 2026-01-31T08:00.</source>
        <translation>⟦Ŧĥé đóšé&apos;š šłóŧ íš ñóŧ á đáý áñđ ŧímé łíķé 2026-01-31Ŧ08:00.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>The time taken is in the future.</source>
        <translation>⟦Ŧĥé ŧímé ŧáķéñ íš íñ ŧĥé fúŧúŕé.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>This answer was withdrawn; the dose can be answered again on Today or in the missed-doses list.</source>
        <translation>⟦Ŧĥíš áñšŵéŕ ŵáš ŵíŧĥđŕáŵñ; ŧĥé đóšé çáñ bé áñšŵéŕéđ áğáíñ óñ Ŧóđáý óŕ íñ ŧĥé míššéđ-đóšéš łíšŧ.······························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>This dose already has an answer in the log. To change it, edit the entry in the dose history (the original is kept).</source>
        <translation>⟦Ŧĥíš đóšé áłŕéáđý ĥáš áñ áñšŵéŕ íñ ŧĥé łóğ. Ŧó çĥáñğé íŧ, éđíŧ ŧĥé éñŧŕý íñ ŧĥé đóšé ĥíšŧóŕý (ŧĥé óŕíğíñáł íš ķépŧ).····································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>This entry was already corrected; edit the newest version.</source>
        <translation>⟦Ŧĥíš éñŧŕý ŵáš áłŕéáđý çóŕŕéçŧéđ; éđíŧ ŧĥé ñéŵéšŧ véŕšíóñ.···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>When was it taken?</source>
        <translation>⟦Ŵĥéñ ŵáš íŧ ŧáķéñ?······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>a time cannot be read ({error})</source>
        <translation>⟦á ŧímé çáññóŧ bé ŕéáđ ({error})·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>the dose or its state is not one the app records</source>
        <translation>⟦ŧĥé đóšé óŕ íŧš šŧáŧé íš ñóŧ óñé ŧĥé ápp ŕéçóŕđš···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>the dose or its time is not one the app records</source>
        <translation>⟦ŧĥé đóšé óŕ íŧš ŧímé íš ñóŧ óñé ŧĥé ápp ŕéçóŕđš···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>the snooze time cannot be read</source>
        <translation>⟦ŧĥé šñóóžé ŧímé çáññóŧ bé ŕéáđ··········⟧</translation>
    </message>
</context>
<context>
    <name>storage.export</name>
    <message>
        <location filename="../src/caregiver_app/storage/export.py"/>
        <source>The data is more than {size} MB as an export file, more than an import reads (the two agree, so an export always imports back). To move all of it, make a backup instead (&apos;caregiver-app backup -o FILE&apos;, or File &gt; Back up now…) and restore it on the other computer.</source>
        <translation>⟦Ŧĥé đáŧá íš móŕé ŧĥáñ {size} MB áš áñ éxpóŕŧ fíłé, móŕé ŧĥáñ áñ ímpóŕŧ ŕéáđš (ŧĥé ŧŵó áğŕéé, šó áñ éxpóŕŧ áłŵáýš ímpóŕŧš báçķ). Ŧó móvé áłł óf íŧ, máķé á báçķúp íñšŧéáđ (&apos;çáŕéğívéŕ-ápp báçķúp -ó FÍŁÉ&apos;, óŕ Fíłé &gt; Báçķ úp ñóŵ…) áñđ ŕéšŧóŕé íŧ óñ ŧĥé óŧĥéŕ çómpúŧéŕ.············································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/export.py"/>
        <source>{table} row {row}, {field}: binary data cannot be exported.</source>
        <translation>⟦{table} ŕóŵ {row}, {field}: bíñáŕý đáŧá çáññóŧ bé éxpóŕŧéđ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/export.py"/>
        <source>{table} row {row}, {field}: the value {value} cannot be written in JSON.</source>
        <translation>⟦{table} ŕóŵ {row}, {field}: ŧĥé váłúé {value} çáññóŧ bé ŵŕíŧŧéñ íñ JŠÓÑ.·············⟧</translation>
    </message>
</context>
<context>
    <name>storage.files</name>
    <message>
        <location filename="../src/caregiver_app/storage/files.py"/>
        <source>Could not write {path}: {reason}.</source>
        <translation>⟦Çóúłđ ñóŧ ŵŕíŧé {path}: {reason}.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/files.py"/>
        <source>The folder {folder} does not exist.</source>
        <translation>⟦Ŧĥé fółđéŕ {folder} đóéš ñóŧ éxíšŧ.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/files.py"/>
        <source>the disk is full</source>
        <translation>⟦ŧĥé đíšķ íš fúłł·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/files.py"/>
        <source>{path} is a folder; please give a file name.</source>
        <translation>⟦{path} íš á fółđéŕ; płéášé ğívé á fíłé ñámé.···········⟧</translation>
    </message>
</context>
<context>
    <name>storage.importer</name>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>&quot;format_version&quot; is missing or not a whole number.</source>
        <translation>⟦&quot;fóŕmáŧ_véŕšíóñ&quot; íš míššíñğ óŕ ñóŧ á ŵĥółé ñúmbéŕ.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>&quot;schema_version&quot; is missing or not a whole number of at least 1.</source>
        <translation>⟦&quot;šçĥémá_véŕšíóñ&quot; íš míššíñğ óŕ ñóŧ á ŵĥółé ñúmbéŕ óf áŧ łéášŧ 1.···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>&quot;tables&quot; is missing or is not an object.</source>
        <translation>⟦&quot;ŧábłéš&quot; íš míššíñğ óŕ íš ñóŧ áñ óbjéçŧ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>&quot;{field}&quot; must be text, found {kind}.</source>
        <translation>⟦&quot;{field}&quot; múšŧ bé ŧéxŧ, fóúñđ {kind}.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>The file contains {name}, which is not a valid number in this format.</source>
        <translation>⟦Ŧĥé fíłé çóñŧáíñš {name}, ŵĥíçĥ íš ñóŧ á váłíđ ñúmbéŕ íñ ŧĥíš fóŕmáŧ.····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>The file has the key &quot;{key}&quot; twice in one object; it may have been edited by hand.</source>
        <translation>⟦Ŧĥé fíłé ĥáš ŧĥé ķéý &quot;{key}&quot; ŧŵíçé íñ óñé óbjéçŧ; íŧ máý ĥávé bééñ éđíŧéđ bý ĥáñđ.·······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>The file holds {kind} at the top, not a Caregiver Assistant export.</source>
        <translation>⟦Ŧĥé fíłé ĥółđš {kind} áŧ ŧĥé ŧóp, ñóŧ á Çáŕéğívéŕ Áššíšŧáñŧ éxpóŕŧ.···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>The file {name} cannot be read: {error}.</source>
        <translation>⟦Ŧĥé fíłé {name} çáññóŧ bé ŕéáđ: {error}.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>The file {name} is empty.</source>
        <translation>⟦Ŧĥé fíłé {name} íš émpŧý.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>The file {name} is larger than {most} MB.</source>
        <translation>⟦Ŧĥé fíłé {name} íš łáŕğéŕ ŧĥáñ {most} MB.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>The file {name} is {size} MB; the largest export this app imports is {most} MB. It is probably not a Caregiver Assistant export.</source>
        <translation>⟦Ŧĥé fíłé {name} íš {size} MB; ŧĥé łáŕğéšŧ éxpóŕŧ ŧĥíš ápp ímpóŕŧš íš {most} MB. Íŧ íš pŕóbábłý ñóŧ á Çáŕéğívéŕ Áššíšŧáñŧ éxpóŕŧ.··································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>There is no file {name}.</source>
        <translation>⟦Ŧĥéŕé íš ñó fíłé {name}.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>This data folder already holds data. Choose --merge to add the file&apos;s records to it, or --replace to replace everything with the file.</source>
        <translation>⟦Ŧĥíš đáŧá fółđéŕ áłŕéáđý ĥółđš đáŧá. Çĥóóšé --méŕğé ŧó áđđ ŧĥé fíłé&apos;š ŕéçóŕđš ŧó íŧ, óŕ --ŕépłáçé ŧó ŕépłáçé évéŕýŧĥíñğ ŵíŧĥ ŧĥé fíłé.··········································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>This is not a Caregiver Assistant export (the &quot;format&quot; field is missing or says something else).</source>
        <translation>⟦Ŧĥíš íš ñóŧ á Çáŕéğívéŕ Áššíšŧáñŧ éxpóŕŧ (ŧĥé &quot;fóŕmáŧ&quot; fíéłđ íš míššíñğ óŕ šáýš šóméŧĥíñğ éłšé).······························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>Unknown field at the top of the file: &quot;{field}&quot;.</source>
        <translation>⟦Úñķñóŵñ fíéłđ áŧ ŧĥé ŧóp óf ŧĥé fíłé: &quot;{field}&quot;.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>Unknown table &quot;{table}&quot; in &quot;tables&quot;: the file does not match this version of the app.</source>
        <translation>⟦Úñķñóŵñ ŧábłé &quot;{table}&quot; íñ &quot;ŧábłéš&quot;: ŧĥé fíłé đóéš ñóŧ máŧçĥ ŧĥíš véŕšíóñ óf ŧĥé ápp.·······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>Wrong version: the file is in export format version {found}; this version of the app reads version {version}.</source>
        <translation>⟦Ŵŕóñğ véŕšíóñ: ŧĥé fíłé íš íñ éxpóŕŧ fóŕmáŧ véŕšíóñ {found}; ŧĥíš véŕšíóñ óf ŧĥé ápp ŕéáđš véŕšíóñ {version}.·····························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>Wrong version: the file is in export format version {found}; this version of the app reads version {version}. Please use the newer app.</source>
        <translation>⟦Ŵŕóñğ véŕšíóñ: ŧĥé fíłé íš íñ éxpóŕŧ fóŕmáŧ véŕšíóñ {found}; ŧĥíš véŕšíóñ óf ŧĥé ápp ŕéáđš véŕšíóñ {version}. Płéášé úšé ŧĥé ñéŵéŕ ápp.·····································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>Wrong version: the file was made by a newer version of the app (data format {found}; this version understands up to {latest}). Please use the newer app.</source>
        <translation>⟦Ŵŕóñğ véŕšíóñ: ŧĥé fíłé ŵáš máđé bý á ñéŵéŕ véŕšíóñ óf ŧĥé ápp (đáŧá fóŕmáŧ {found}; ŧĥíš véŕšíóñ úñđéŕšŧáñđš úp ŧó {latest}). Płéášé úšé ŧĥé ñéŵéŕ ápp.··········································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>a list</source>
        <translation>⟦á łíšŧ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>a number</source>
        <translation>⟦á ñúmbéŕ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>an object</source>
        <translation>⟦áñ óbjéçŧ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>expected a UTC time like 2026-01-31T08:00:00Z, found &quot;{value}&quot;.</source>
        <translation>⟦éxpéçŧéđ á ÚŦÇ ŧímé łíķé 2026-01-31Ŧ08:00:00Ž, fóúñđ &quot;{value}&quot;.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>expected a date like 2026-01-31, found &quot;{value}&quot;.</source>
        <translation>⟦éxpéçŧéđ á đáŧé łíķé 2026-01-31, fóúñđ &quot;{value}&quot;.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>expected a number or text, found {kind}.</source>
        <translation>⟦éxpéçŧéđ á ñúmbéŕ óŕ ŧéxŧ, fóúñđ {kind}.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>expected a number, found {kind}.</source>
        <translation>⟦éxpéçŧéđ á ñúmbéŕ, fóúñđ {kind}.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>expected a time of day like 20:00, found &quot;{value}&quot;.</source>
        <translation>⟦éxpéçŧéđ á ŧímé óf đáý łíķé 20:00, fóúñđ &quot;{value}&quot;.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>expected a whole number, found {kind}.</source>
        <translation>⟦éxpéçŧéđ á ŵĥółé ñúmbéŕ, fóúñđ {kind}.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>expected text, found {kind}.</source>
        <translation>⟦éxpéçŧéđ ŧéxŧ, fóúñđ {kind}.·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>must not be null.</source>
        <translation>⟦múšŧ ñóŧ bé ñúłł.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>tables.{table} must be a list of rows, found {kind}.</source>
        <translation>⟦ŧábłéš.{table} múšŧ bé á łíšŧ óf ŕóŵš, fóúñđ {kind}.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>text</source>
        <translation>⟦ŧéxŧ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>the file</source>
        <translation>⟦ŧĥé fíłé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>the number is not finite.</source>
        <translation>⟦ŧĥé ñúmbéŕ íš ñóŧ fíñíŧé.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>the number is too large.</source>
        <translation>⟦ŧĥé ñúmbéŕ íš ŧóó łáŕğé.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>the text contains a NUL character.</source>
        <translation>⟦ŧĥé ŧéxŧ çóñŧáíñš á ÑÚŁ çĥáŕáçŧéŕ.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>the text contains an invalid character (a lone surrogate).</source>
        <translation>⟦ŧĥé ŧéxŧ çóñŧáíñš áñ íñváłíđ çĥáŕáçŧéŕ (á łóñé šúŕŕóğáŧé).···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>the text is too long ({count} characters; at most {most}).</source>
        <translation>⟦ŧĥé ŧéxŧ íš ŧóó łóñğ ({count} çĥáŕáçŧéŕš; áŧ móšŧ {most}).·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{name} cannot be read: {error}.</source>
        <translation>⟦{name} çáññóŧ bé ŕéáđ: {error}.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{name} ends too early (line {line}, column {column}): it is probably truncated, for example an incomplete copy.</source>
        <translation>⟦{name} éñđš ŧóó éáŕłý (łíñé {line}, çółúmñ {column}): íŧ íš pŕóbábłý ŧŕúñçáŧéđ, fóŕ éxámpłé áñ íñçómpłéŧé çópý.····························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{name} is a folder, not an export file.</source>
        <translation>⟦{name} íš á fółđéŕ, ñóŧ áñ éxpóŕŧ fíłé.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{name} is nested too deeply to be an export.</source>
        <translation>⟦{name} íš ñéšŧéđ ŧóó đéépłý ŧó bé áñ éxpóŕŧ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{name} is not UTF-8 text (bad byte at position {position}); it is not a Caregiver Assistant export, or it is damaged.</source>
        <translation>⟦{name} íš ñóŧ ÚŦF-8 ŧéxŧ (báđ býŧé áŧ póšíŧíóñ {position}); íŧ íš ñóŧ á Çáŕéğívéŕ Áššíšŧáñŧ éxpóŕŧ, óŕ íŧ íš đámáğéđ.······························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{name} is not valid JSON: {error} at line {line}, column {column} (character {position}).</source>
        <translation>⟦{name} íš ñóŧ váłíđ JŠÓÑ: {error} áŧ łíñé {line}, çółúmñ {column} (çĥáŕáçŧéŕ {position}).··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{table} row {row} refers to a missing {parent} row.</source>
        <translation>⟦{table} ŕóŵ {row} ŕéféŕš ŧó á míššíñğ {parent} ŕóŵ.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{where}, field &quot;{field}&quot;: refers to {table} {column} {value}, which is not in the file (dangling reference).</source>
        <translation>⟦{where}, fíéłđ &quot;{field}&quot;: ŕéféŕš ŧó {table} {column} {value}, ŵĥíçĥ íš ñóŧ íñ ŧĥé fíłé (đáñğłíñğ ŕéféŕéñçé).····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{where}, field &quot;{field}&quot;: {problem}</source>
        <translation>⟦{where}, fíéłđ &quot;{field}&quot;: {problem}··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{where}: a row must be an object, found {kind}.</source>
        <translation>⟦{where}: á ŕóŵ múšŧ bé áñ óbjéçŧ, fóúñđ {kind}.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{where}: a value cannot be stored ({error}).</source>
        <translation>⟦{where}: á váłúé çáññóŧ bé šŧóŕéđ ({error}).········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{where}: breaks a rule of the data ({error}).</source>
        <translation>⟦{where}: bŕéáķš á ŕúłé óf ŧĥé đáŧá ({error}).········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{where}: duplicate {key} (also in tables.{table}[{index}]).</source>
        <translation>⟦{where}: đúpłíçáŧé {key} (áłšó íñ ŧábłéš.{table}[{index}]).········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{where}: the field &quot;{field}&quot; is missing.</source>
        <translation>⟦{where}: ŧĥé fíéłđ &quot;{field}&quot; íš míššíñğ.·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{where}: unknown field &quot;{field}&quot;.</source>
        <translation>⟦{where}: úñķñóŵñ fíéłđ &quot;{field}&quot;.·····⟧</translation>
    </message>
</context>
<context>
    <name>storage.medicines</name>
    <message>
        <location filename="../src/caregiver_app/storage/medicines.py"/>
        <source>No medicine with id {id}</source>
        <translation>⟦Ñó méđíçíñé ŵíŧĥ íđ {id}······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/medicines.py"/>
        <source>The pump reminder days are not a list of days like 7,2.</source>
        <translation>⟦Ŧĥé púmp ŕémíñđéŕ đáýš áŕé ñóŧ á łíšŧ óf đáýš łíķé 7,2.················⟧</translation>
    </message>
</context>
<context>
    <name>storage.people</name>
    <message>
        <location filename="../src/caregiver_app/storage/people.py"/>
        <source>No person with id {id}</source>
        <translation>⟦Ñó péŕšóñ ŵíŧĥ íđ {id}······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/people.py"/>
        <source>The check-in time is not a time of day like 20:00.</source>
        <translation>⟦Ŧĥé çĥéçķ-íñ ŧímé íš ñóŧ á ŧímé óf đáý łíķé 20:00.·············⟧</translation>
    </message>
</context>
<context>
    <name>storage.plans</name>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>A step&apos;s doses are nested too deeply.</source>
        <translation>⟦Á šŧép&apos;š đóšéš áŕé ñéšŧéđ ŧóó đéépłý.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>A step&apos;s doses are not a list of times and doses like [&quot;08:00&quot;, 5].</source>
        <translation>⟦Á šŧép&apos;š đóšéš áŕé ñóŧ á łíšŧ óf ŧíméš áñđ đóšéš łíķé [&quot;08:00&quot;, 5].················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>A step&apos;s doses are not a list of times and doses.</source>
        <translation>⟦Á šŧép&apos;š đóšéš áŕé ñóŧ á łíšŧ óf ŧíméš áñđ đóšéš.···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>A step&apos;s doses are not valid JSON.</source>
        <translation>⟦Á šŧép&apos;š đóšéš áŕé ñóŧ váłíđ JŠÓÑ.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>A step&apos;s doses are too long ({count} characters; the app writes at most {most}).</source>
        <translation>⟦Á šŧép&apos;š đóšéš áŕé ŧóó łóñğ ({count} çĥáŕáçŧéŕš; ŧĥé ápp ŵŕíŧéš áŧ móšŧ {most}).····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>A step&apos;s doses have a time that is not one ({error}).</source>
        <translation>⟦Á šŧép&apos;š đóšéš ĥávé á ŧímé ŧĥáŧ íš ñóŧ óñé ({error}).·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>A step&apos;s number of days is not a whole number.</source>
        <translation>⟦Á šŧép&apos;š ñúmbéŕ óf đáýš íš ñóŧ á ŵĥółé ñúmbéŕ.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>A step&apos;s start is not a date like 2026-01-31.</source>
        <translation>⟦Á šŧép&apos;š šŧáŕŧ íš ñóŧ á đáŧé łíķé 2026-01-31.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>No plan with id {id}</source>
        <translation>⟦Ñó płáñ ŵíŧĥ íđ {id}·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>Please choose one of this person&apos;s medicines.</source>
        <translation>⟦Płéášé çĥóóšé óñé óf ŧĥíš péŕšóñ&apos;š méđíçíñéš.···············⟧</translation>
    </message>
</context>
<context>
    <name>storage.rules</name>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>A correction must be of the same person&apos;s dose of the same medicine.</source>
        <translation>⟦Á çóŕŕéçŧíóñ múšŧ bé óf ŧĥé šámé péŕšóñ&apos;š đóšé óf ŧĥé šámé méđíçíñé.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>A snooze needs the time it ends.</source>
        <translation>⟦Á šñóóžé ñééđš ŧĥé ŧímé íŧ éñđš.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>A step&apos;s number must be a whole number from 1.</source>
        <translation>⟦Á šŧép&apos;š ñúmbéŕ múšŧ bé á ŵĥółé ñúmbéŕ fŕóm 1.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>Its medicine {id} belongs to another person ({owner}), not to person {person}.</source>
        <translation>⟦Íŧš méđíçíñé {id} béłóñğš ŧó áñóŧĥéŕ péŕšóñ ({owner}), ñóŧ ŧó péŕšóñ {person}.··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>Its medicine {id} belongs to another person, not to person {person}.</source>
        <translation>⟦Íŧš méđíçíñé {id} béłóñğš ŧó áñóŧĥéŕ péŕšóñ, ñóŧ ŧó péŕšóñ {person}.··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>The dose&apos;s slot is not a day and time like 2026-01-31T08:00.</source>
        <translation>⟦Ŧĥé đóšé&apos;š šłóŧ íš ñóŧ á đáý áñđ ŧímé łíķé 2026-01-31Ŧ08:00.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>The medicine {id} is another person&apos;s.</source>
        <translation>⟦Ŧĥé méđíçíñé {id} íš áñóŧĥéŕ péŕšóñ&apos;š.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>The schedule {id} is another medicine&apos;s.</source>
        <translation>⟦Ŧĥé šçĥéđúłé {id} íš áñóŧĥéŕ méđíçíñé&apos;š.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>The time taken is in the future.</source>
        <translation>⟦Ŧĥé ŧímé ŧáķéñ íš íñ ŧĥé fúŧúŕé.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>must be 0 or 1 (no or yes).</source>
        <translation>⟦múšŧ bé 0 óŕ 1 (ñó óŕ ýéš).······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>{value} is not a real date.</source>
        <translation>⟦{value} íš ñóŧ á ŕéáł đáŧé.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>{value} is not a real time.</source>
        <translation>⟦{value} íš ñóŧ á ŕéáł ŧímé.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>{value} is not between {first} and {last}.</source>
        <translation>⟦{value} íš ñóŧ béŧŵééñ {first} áñđ {last}.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>{where}, field &quot;{field}&quot;: {problem}</source>
        <translation>⟦{where}, fíéłđ &quot;{field}&quot;: {problem}··⟧</translation>
    </message>
</context>
<context>
    <name>storage.schedules</name>
    <message>
        <location filename="../src/caregiver_app/storage/schedules.py"/>
        <source>The schedule details are nested too deeply.</source>
        <translation>⟦Ŧĥé šçĥéđúłé đéŧáíłš áŕé ñéšŧéđ ŧóó đéépłý.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/schedules.py"/>
        <source>The schedule details are not JSON text.</source>
        <translation>⟦Ŧĥé šçĥéđúłé đéŧáíłš áŕé ñóŧ JŠÓÑ ŧéxŧ.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/schedules.py"/>
        <source>The schedule details are not a JSON object.</source>
        <translation>⟦Ŧĥé šçĥéđúłé đéŧáíłš áŕé ñóŧ á JŠÓÑ óbjéçŧ.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/schedules.py"/>
        <source>The schedule details are not valid JSON.</source>
        <translation>⟦Ŧĥé šçĥéđúłé đéŧáíłš áŕé ñóŧ váłíđ JŠÓÑ.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/schedules.py"/>
        <source>The schedule details are too long ({count} characters; the app writes at most {most}).</source>
        <translation>⟦Ŧĥé šçĥéđúłé đéŧáíłš áŕé ŧóó łóñğ ({count} çĥáŕáçŧéŕš; ŧĥé ápp ŵŕíŧéš áŧ móšŧ {most}).······················⟧</translation>
    </message>
</context>
<context>
    <name>storage.settings</name>
    <message>
        <location filename="../src/caregiver_app/storage/settings.py"/>
        <source>The value is nested too deeply.</source>
        <translation>⟦Ŧĥé váłúé íš ñéšŧéđ ŧóó đéépłý.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/settings.py"/>
        <source>The value is not JSON text.</source>
        <translation>⟦Ŧĥé váłúé íš ñóŧ JŠÓÑ ŧéxŧ.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/settings.py"/>
        <source>The value is not valid JSON.</source>
        <translation>⟦Ŧĥé váłúé íš ñóŧ váłíđ JŠÓÑ.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/settings.py"/>
        <source>the value is nested too deeply.</source>
        <translation>⟦ŧĥé váłúé íš ñéšŧéđ ŧóó đéépłý.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/settings.py"/>
        <source>the value is not JSON text.</source>
        <translation>⟦ŧĥé váłúé íš ñóŧ JŠÓÑ ŧéxŧ.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/settings.py"/>
        <source>the value is not valid JSON.</source>
        <translation>⟦ŧĥé váłúé íš ñóŧ váłíđ JŠÓÑ.·········⟧</translation>
    </message>
</context>
<context>
    <name>storage.watch</name>
    <message>
        <location filename="../src/caregiver_app/storage/watch.py"/>
        <source>The day of the event is not a date like 2026-05-31.</source>
        <translation>⟦Ŧĥé đáý óf ŧĥé évéñŧ íš ñóŧ á đáŧé łíķé 2026-05-31.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/watch.py"/>
        <source>The day of the event is not a real date.</source>
        <translation>⟦Ŧĥé đáý óf ŧĥé évéñŧ íš ñóŧ á ŕéáł đáŧé.············⟧</translation>
    </message>
</context>
<context>
    <name>ui.about</name>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>&lt;b&gt;Licence&lt;/b&gt;&lt;p&gt;{licence}&lt;/p&gt;</source>
        <translation>⟦&lt;b&gt;Łíçéñçé&lt;/b&gt;&lt;p&gt;{licence}&lt;/p&gt;···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>&lt;b&gt;Reporting a problem&lt;/b&gt;&lt;p&gt;Please describe what you did and what happened at {link}. If the app showed an error report, copy it from that window. Attach the log files if you can; never send your data file, which holds health information.&lt;/p&gt;</source>
        <translation>⟦&lt;b&gt;Ŕépóŕŧíñğ á pŕóbłém&lt;/b&gt;&lt;p&gt;Płéášé đéšçŕíbé ŵĥáŧ ýóú đíđ áñđ ŵĥáŧ ĥáppéñéđ áŧ {link}. Íf ŧĥé ápp šĥóŵéđ áñ éŕŕóŕ ŕépóŕŧ, çópý íŧ fŕóm ŧĥáŧ ŵíñđóŵ. Áŧŧáçĥ ŧĥé łóğ fíłéš íf ýóú çáñ; ñévéŕ šéñđ ýóúŕ đáŧá fíłé, ŵĥíçĥ ĥółđš ĥéáłŧĥ íñfóŕmáŧíóñ.&lt;/p&gt;·······································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>&lt;b&gt;Where the medical information comes from&lt;/b&gt;&lt;p&gt;The information pages are written in plain words from these named sources, and each page cites them. They were last reviewed on {date}.&lt;/p&gt;</source>
        <translation>⟦&lt;b&gt;Ŵĥéŕé ŧĥé méđíçáł íñfóŕmáŧíóñ çóméš fŕóm&lt;/b&gt;&lt;p&gt;Ŧĥé íñfóŕmáŧíóñ páğéš áŕé ŵŕíŧŧéñ íñ płáíñ ŵóŕđš fŕóm ŧĥéšé ñáméđ šóúŕçéš, áñđ éáçĥ páğé çíŧéš ŧĥém. Ŧĥéý ŵéŕé łášŧ ŕévíéŵéđ óñ {date}.&lt;/p&gt;························································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>&lt;b&gt;Where the medical information comes from&lt;/b&gt;&lt;p&gt;The information pages are written in plain words from these named sources, and each page cites them.&lt;/p&gt;</source>
        <translation>⟦&lt;b&gt;Ŵĥéŕé ŧĥé méđíçáł íñfóŕmáŧíóñ çóméš fŕóm&lt;/b&gt;&lt;p&gt;Ŧĥé íñfóŕmáŧíóñ páğéš áŕé ŵŕíŧŧéñ íñ płáíñ ŵóŕđš fŕóm ŧĥéšé ñáméđ šóúŕçéš, áñđ éáçĥ páğé çíŧéš ŧĥém.&lt;/p&gt;···············································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>About Caregiver Assistant</source>
        <translation>⟦Ábóúŧ Çáŕéğívéŕ Áššíšŧáñŧ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Caregiver Assistant is free software under the MIT licence. It is built with Qt for Python (PySide6, LGPL v3), APScheduler, platformdirs and tzdata, each under its own licence.</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ íš fŕéé šófŧŵáŕé úñđéŕ ŧĥé MÍŦ łíçéñçé. Íŧ íš búíłŧ ŵíŧĥ Qŧ fóŕ Pýŧĥóñ (PýŠíđé6, ŁĞPŁ v3), ÁPŠçĥéđúłéŕ, płáŧfóŕmđíŕš áñđ ŧžđáŧá, éáçĥ úñđéŕ íŧš óŵñ łíçéñçé.························································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Caregiver Assistant version {version}</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ véŕšíóñ {version}··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Dose reminders, a symptom diary and dose plans, kept only on this computer. This app does not give medical advice: talk to your doctor or nurse.</source>
        <translation>⟦Đóšé ŕémíñđéŕš, á šýmpŧóm đíáŕý áñđ đóšé płáñš, ķépŧ óñłý óñ ŧĥíš çómpúŧéŕ. Ŧĥíš ápp đóéš ñóŧ ğívé méđíçáł áđvíçé: ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé.··············································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Log files (events and ids, no health data)</source>
        <translation>⟦Łóğ fíłéš (évéñŧš áñđ íđš, ñó ĥéáłŧĥ đáŧá)·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Open &amp;data folder</source>
        <translation>⟦Ópéñ &amp;dáŧá fółđéŕ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Open &amp;log folder</source>
        <translation>⟦Ópéñ &amp;lóğ fółđéŕ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Show the &amp;sources page</source>
        <translation>⟦Šĥóŵ ŧĥé &amp;sóúŕçéš páğé·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Your data folder</source>
        <translation>⟦Ýóúŕ đáŧá fółđéŕ······⟧</translation>
    </message>
</context>
<context>
    <name>ui.backup_dialogs</name>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>&amp;Restore this backup…</source>
        <translation>⟦&amp;Réšŧóŕé ŧĥíš báçķúp…······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>A checked copy of your data was saved to:
{path}

Keep it somewhere safe, for example on a USB stick.</source>
        <translation>⟦Á çĥéçķéđ çópý óf ýóúŕ đáŧá ŵáš šávéđ ŧó:
{path}

Ķéép íŧ šóméŵĥéŕé šáfé, fóŕ éxámpłé óñ á ÚŠB šŧíçķ.·····························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>All files ({patterns})</source>
        <translation>⟦Áłł fíłéš ({patterns})···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Back up now</source>
        <translation>⟦Báçķ úp ñóŵ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup failed</source>
        <translation>⟦Báçķúp fáíłéđ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup failed: {reason}</source>
        <translation>⟦Báçķúp fáíłéđ: {reason}·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup made at {time}.</source>
        <translation>⟦Báçķúp máđé áŧ {time}.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup not made</source>
        <translation>⟦Báçķúp ñóŧ máđé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup not made: {reason}</source>
        <translation>⟦Báçķúp ñóŧ máđé: {reason}·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup restored</source>
        <translation>⟦Báçķúp ŕéšŧóŕéđ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup saved</source>
        <translation>⟦Báçķúp šávéđ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup saved to {path}.</source>
        <translation>⟦Báçķúp šávéđ ŧó {path}.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backups</source>
        <translation>⟦Báçķúpš···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backups cannot be listed</source>
        <translation>⟦Báçķúpš çáññóŧ bé łíšŧéđ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Cancel</source>
        <translation>⟦Çáñçéł··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Caregiver Assistant backups ({patterns})</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ báçķúpš ({patterns})··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Choose the backup to go back to. Everything entered after it was made is replaced by the backup. Your data as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>⟦Çĥóóšé ŧĥé báçķúp ŧó ğó báçķ ŧó. Évéŕýŧĥíñğ éñŧéŕéđ áfŧéŕ íŧ ŵáš máđé íš ŕépłáçéđ bý ŧĥé báçķúp. Ýóúŕ đáŧá áš íŧ íš ñóŵ íš báçķéđ úp fíŕšŧ, šó á ŕéšŧóŕé çáñ íŧšéłf bé úñđóñé.······················································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Close</source>
        <translation>⟦Çłóšé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Diary entries</source>
        <translation>⟦Đíáŕý éñŧŕíéš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Doses</source>
        <translation>⟦Đóšéš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Go back to the backup made {when}? It holds {contents}.

Everything entered since then is replaced. Your data as it is now is backed up first, so you can return to it by restoring that backup (marked “before a restore”).

The app restarts its window to show the restored data.</source>
        <translation>⟦Ğó báçķ ŧó ŧĥé báçķúp máđé {when}? Íŧ ĥółđš {contents}.

Évéŕýŧĥíñğ éñŧéŕéđ šíñçé ŧĥéñ íš ŕépłáçéđ. Ýóúŕ đáŧá áš íŧ íš ñóŵ íš báçķéđ úp fíŕšŧ, šó ýóú çáñ ŕéŧúŕñ ŧó íŧ bý ŕéšŧóŕíñğ ŧĥáŧ báçķúp (máŕķéđ “béfóŕé á ŕéšŧóŕé”).

Ŧĥé ápp ŕéšŧáŕŧš íŧš ŵíñđóŵ ŧó šĥóŵ ŧĥé ŕéšŧóŕéđ đáŧá.················································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Kind</source>
        <translation>⟦Ķíñđ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Made</source>
        <translation>⟦Máđé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Other choices…</source>
        <translation>⟦Óŧĥéŕ çĥóíçéš…·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>People</source>
        <translation>⟦Péópłé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore</source>
        <translation>⟦Ŕéšŧóŕé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore from a &amp;file…</source>
        <translation>⟦Ŕéšŧóŕé fŕóm á &amp;fíłé…······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore from a backup</source>
        <translation>⟦Ŕéšŧóŕé fŕóm á báçķúp·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore from a backup file</source>
        <translation>⟦Ŕéšŧóŕé fŕóm á báçķúp fíłé·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore from a backup file elsewhere</source>
        <translation>⟦Ŕéšŧóŕé fŕóm á báçķúp fíłé éłšéŵĥéŕé············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore the newest good backup?</source>
        <translation>⟦Ŕéšŧóŕé ŧĥé ñéŵéšŧ ğóóđ báçķúp?··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore the selected backup</source>
        <translation>⟦Ŕéšŧóŕé ŧĥé šéłéçŧéđ báçķúp··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore this backup</source>
        <translation>⟦Ŕéšŧóŕé ŧĥíš báçķúp·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore this backup?</source>
        <translation>⟦Ŕéšŧóŕé ŧĥíš báçķúp?·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>The backup could not be restored</source>
        <translation>⟦Ŧĥé báçķúp çóúłđ ñóŧ bé ŕéšŧóŕéđ···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>The backup failed ({reason}). Your data itself is unchanged.</source>
        <translation>⟦Ŧĥé báçķúp fáíłéđ ({reason}). Ýóúŕ đáŧá íŧšéłf íš úñçĥáñğéđ.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>The restore did not happen: {reason}

Your data is as it was before.</source>
        <translation>⟦Ŧĥé ŕéšŧóŕé đíđ ñóŧ ĥáppéñ: {reason}

Ýóúŕ đáŧá íš áš íŧ ŵáš béfóŕé.··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>There are no backups yet. The app makes one each time it starts and once a day.</source>
        <translation>⟦Ŧĥéŕé áŕé ñó báçķúpš ýéŧ. Ŧĥé ápp máķéš óñé éáçĥ ŧímé íŧ šŧáŕŧš áñđ óñçé á đáý.························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>This backup cannot be restored</source>
        <translation>⟦Ŧĥíš báçķúp çáññóŧ bé ŕéšŧóŕéđ··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Your data was restored from the backup made {when} ({contents}).

The damaged file was kept as:
{file}</source>
        <translation>⟦Ýóúŕ đáŧá ŵáš ŕéšŧóŕéđ fŕóm ŧĥé báçķúp máđé {when} ({contents}).

Ŧĥé đámáğéđ fíłé ŵáš ķépŧ áš:
{file}························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Your data was restored from the backup made {when} ({contents}).

Your data as it was just before is kept in the backup:
{file}</source>
        <translation>⟦Ýóúŕ đáŧá ŵáš ŕéšŧóŕéđ fŕóm ŧĥé báçķúp máđé {when} ({contents}).

Ýóúŕ đáŧá áš íŧ ŵáš júšŧ béfóŕé íš ķépŧ íñ ŧĥé báçķúp:
{file}·······························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>automatic</source>
        <translation>⟦áúŧómáŧíç····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>before a restore</source>
        <translation>⟦béfóŕé á ŕéšŧóŕé······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>before an import</source>
        <translation>⟦béfóŕé áñ ímpóŕŧ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>damaged</source>
        <translation>⟦đámáğéđ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>unknown time</source>
        <translation>⟦úñķñóŵñ ŧímé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>{date} {year}, {time}</source>
        <translation>⟦{date} {year}, {time}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>{file} {problem}.

Nothing was changed. Choose another backup.</source>
        <translation>⟦{file} {problem}.

Ñóŧĥíñğ ŵáš çĥáñğéđ. Çĥóóšé áñóŧĥéŕ báçķúp.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>{problem}

The newest backup that passes its check was made {when} and holds {contents}. Restore it? Anything entered after it was made is not in it. The damaged file is kept beside the data file (renamed), so it can still be rescued later.</source>
        <translation>⟦{problem}

Ŧĥé ñéŵéšŧ báçķúp ŧĥáŧ páššéš íŧš çĥéçķ ŵáš máđé {when} áñđ ĥółđš {contents}. Ŕéšŧóŕé íŧ? Áñýŧĥíñğ éñŧéŕéđ áfŧéŕ íŧ ŵáš máđé íš ñóŧ íñ íŧ. Ŧĥé đámáğéđ fíłé íš ķépŧ béšíđé ŧĥé đáŧá fíłé (ŕéñáméđ), šó íŧ çáñ šŧíłł bé ŕéšçúéđ łáŧéŕ.··································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>{reason}

The app tries again every hour. You can also use File &gt; Back up now… to save a copy somewhere else.</source>
        <translation>⟦{reason}

Ŧĥé ápp ŧŕíéš áğáíñ évéŕý ĥóúŕ. Ýóú çáñ áłšó úšé Fíłé &gt; Báçķ úp ñóŵ… ŧó šávé á çópý šóméŵĥéŕé éłšé.······························⟧</translation>
    </message>
</context>
<context>
    <name>ui.charts</name>
    <message>
        <location filename="../src/caregiver_app/ui/charts.py"/>
        <source>Diary chart</source>
        <translation>⟦Đíáŕý çĥáŕŧ····⟧</translation>
    </message>
</context>
<context>
    <name>ui.checkin</name>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;Done</source>
        <translation>⟦&amp;Dóñé·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;Emergency signs</source>
        <translation>⟦&amp;Eméŕğéñçý šíğñš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;Later</source>
        <translation>⟦&amp;Láŧéŕ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;None of these</source>
        <translation>⟦&amp;Nóñé óf ŧĥéšé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;None of these  (Enter)</source>
        <translation>⟦&amp;Nóñé óf ŧĥéšé  (Éñŧéŕ)······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;Save answer</source>
        <translation>⟦&amp;Sávé áñšŵéŕ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;Save changes</source>
        <translation>⟦&amp;Sávé çĥáñğéš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&lt;b&gt;Danger signs&lt;/b&gt; (what to do comes up the moment one is ticked):</source>
        <translation>⟦&lt;b&gt;Đáñğéŕ šíğñš&lt;/b&gt; (ŵĥáŧ ŧó đó çóméš úp ŧĥé móméñŧ óñé íš ŧíçķéđ):··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&lt;b&gt;Recorded in the diary&lt;/b&gt; (danger signs: {signs}). Add anything else, then Save changes.</source>
        <translation>⟦&lt;b&gt;Ŕéçóŕđéđ íñ ŧĥé đíáŕý&lt;/b&gt; (đáñğéŕ šíğñš: {signs}). Áđđ áñýŧĥíñğ éłšé, ŧĥéñ Šávé çĥáñğéš.························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&lt;b&gt;Recorded in the diary&lt;/b&gt;. Add anything else, then Save changes.</source>
        <translation>⟦&lt;b&gt;Ŕéçóŕđéđ íñ ŧĥé đíáŕý&lt;/b&gt;. Áđđ áñýŧĥíñğ éłšé, ŧĥéñ Šávé çĥáñğéš.···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&lt;b&gt;Side effects&lt;/b&gt;:</source>
        <translation>⟦&lt;b&gt;Šíđé éfféçŧš&lt;/b&gt;:····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Already answered</source>
        <translation>⟦Áłŕéáđý áñšŵéŕéđ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Answer later (it stays on Today until the end of today)</source>
        <translation>⟦Áñšŵéŕ łáŧéŕ (íŧ šŧáýš óñ Ŧóđáý úñŧíł ŧĥé éñđ óf ŧóđáý)·················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Answer later (it stays on Today)</source>
        <translation>⟦Áñšŵéŕ łáŧéŕ (íŧ šŧáýš óñ Ŧóđáý)··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Check-in for {name}</source>
        <translation>⟦Çĥéçķ-íñ fóŕ {name}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Check-in — Caregiver Assistant</source>
        <translation>⟦Çĥéçķ-íñ — Çáŕéğívéŕ Áššíšŧáñŧ··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Danger sign: {sign}</source>
        <translation>⟦Đáñğéŕ šíğñ: {sign}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>How are things today?</source>
        <translation>⟦Ĥóŵ áŕé ŧĥíñğš ŧóđáý?·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Leave it empty if it was not scored.</source>
        <translation>⟦Łéávé íŧ émpŧý íf íŧ ŵáš ñóŧ šçóŕéđ.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>N&amp;ote:</source>
        <translation>⟦Ñ&amp;oŧé:·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>None of these</source>
        <translation>⟦Ñóñé óf ŧĥéšé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Not saved: {reason}</source>
        <translation>⟦Ñóŧ šávéđ: {reason}···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Note</source>
        <translation>⟦Ñóŧé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Recorded</source>
        <translation>⟦Ŕéçóŕđéđ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>S&amp;pasticity in the last 24 hours (0 none, 10 worst possible):</source>
        <translation>⟦Š&amp;pášŧíçíŧý íñ ŧĥé łášŧ 24 ĥóúŕš (0 ñóñé, 10 ŵóŕšŧ póššíbłé):················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Save answer</source>
        <translation>⟦Šávé áñšŵéŕ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Side effect: {effect}</source>
        <translation>⟦Šíđé éfféçŧ: {effect}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Spasticity in the last 24 hours, 0 to 10</source>
        <translation>⟦Špášŧíçíŧý íñ ŧĥé łášŧ 24 ĥóúŕš, 0 ŧó 10··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Spasticity is a whole number from 0 (none) to 10 (worst possible), or left empty.</source>
        <translation>⟦Špášŧíçíŧý íš á ŵĥółé ñúmbéŕ fŕóm 0 (ñóñé) ŧó 10 (ŵóŕšŧ póššíbłé), óŕ łéfŧ émpŧý.·······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>The danger sign is recorded; the score is not yet: {problem}</source>
        <translation>⟦Ŧĥé đáñğéŕ šíğñ íš ŕéçóŕđéđ; ŧĥé šçóŕé íš ñóŧ ýéŧ: {problem}················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>These questions are the app&apos;s, not medical advice: if anything worries you, talk to your doctor or nurse.</source>
        <translation>⟦Ŧĥéšé qúéšŧíóñš áŕé ŧĥé ápp&apos;š, ñóŧ méđíçáł áđvíçé: íf áñýŧĥíñğ ŵóŕŕíéš ýóú, ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé.·································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>{line} — not answered on the day; answer it now for that day</source>
        <translation>⟦{line} — ñóŧ áñšŵéŕéđ óñ ŧĥé đáý; áñšŵéŕ íŧ ñóŵ fóŕ ŧĥáŧ đáý················⟧</translation>
    </message>
</context>
<context>
    <name>ui.diary_form</name>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>&amp;Alcohol or other sedating medicines today</source>
        <translation>⟦&amp;Ałçóĥół óŕ óŧĥéŕ šéđáŧíñğ méđíçíñéš ŧóđáý··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>&amp;Danger signs — tick only what happened; these need action now</source>
        <translation>⟦&amp;Dáñğéŕ šíğñš — ŧíçķ óñłý ŵĥáŧ ĥáppéñéđ; ŧĥéšé ñééđ áçŧíóñ ñóŵ···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>&amp;When</source>
        <translation>⟦&amp;Wĥéñ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>0 no pain – 10 worst possible</source>
        <translation>⟦0 ñó páíñ – 10 ŵóŕšŧ póššíbłé········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>0 none – 10 worst possible</source>
        <translation>⟦0 ñóñé – 10 ŵóŕšŧ póššíbłé·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Alcohol and other sedating medicines (sleeping pills, opioids, some antihistamines) add to drowsiness.</source>
        <translation>⟦Áłçóĥół áñđ óŧĥéŕ šéđáŧíñğ méđíçíñéš (šłéépíñğ píłłš, ópíóíđš, šómé áñŧíĥíšŧámíñéš) áđđ ŧó đŕóŵšíñéšš.··································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Anything else, up to {count} characters.</source>
        <translation>⟦Áñýŧĥíñğ éłšé, úp ŧó {count} çĥáŕáçŧéŕš.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Call the emergency number</source>
        <translation>⟦Çáłł ŧĥé éméŕğéñçý ñúmbéŕ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Cancel changes</source>
        <translation>⟦Çáñçéł çĥáñğéš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Changing the entry of {when}. Save keeps the change (it can be undone); Cancel changes leaves the entry as it was.</source>
        <translation>⟦Çĥáñğíñğ ŧĥé éñŧŕý óf {when}. Šávé ķéépš ŧĥé çĥáñğé (íŧ çáñ bé úñđóñé); Çáñçéł çĥáñğéš łéávéš ŧĥé éñŧŕý áš íŧ ŵáš.·································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Clear form</source>
        <translation>⟦Çłéáŕ fóŕm····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Contact the doctor now</source>
        <translation>⟦Çóñŧáçŧ ŧĥé đóçŧóŕ ñóŵ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Ctrl+Enter saves</source>
        <translation>⟦Çŧŕł+Éñŧéŕ šávéš······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Danger signs</source>
        <translation>⟦Đáñğéŕ šíğñš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Date and time of the entry; it starts as now.</source>
        <translation>⟦Đáŧé áñđ ŧímé óf ŧĥé éñŧŕý; íŧ šŧáŕŧš áš ñóŵ.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Diary status</source>
        <translation>⟦Đíáŕý šŧáŧúš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Fill in the values of the last entry (Ctrl+L); danger signs and notes are not copied</source>
        <translation>⟦Fíłł íñ ŧĥé váłúéš óf ŧĥé łášŧ éñŧŕý (Çŧŕł+Ł); đáñğéŕ šíğñš áñđ ñóŧéš áŕé ñóŧ çópíéđ··························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Hours of sleep last night (0 to 24; halves allowed).</source>
        <translation>⟦Ĥóúŕš óf šłéép łášŧ ñíğĥŧ (0 ŧó 24; ĥáłvéš áłłóŵéđ).··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>How many times spasms woke them last night.</source>
        <translation>⟦Ĥóŵ máñý ŧíméš špášmš ŵóķé ŧĥém łášŧ ñíğĥŧ.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Note&amp;s</source>
        <translation>⟦Ñóŧé&amp;s··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Now</source>
        <translation>⟦Ñóŵ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Other side effects</source>
        <translation>⟦Óŧĥéŕ šíđé éfféçŧš······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Other side effects, in your words.</source>
        <translation>⟦Óŧĥéŕ šíđé éfféçŧš, íñ ýóúŕ ŵóŕđš.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Pa&amp;in</source>
        <translation>⟦Pá&amp;iñ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Pain</source>
        <translation>⟦Páíñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>S&amp;leep</source>
        <translation>⟦Š&amp;léép··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Same as last entry (Ctrl+L)</source>
        <translation>⟦Šámé áš łášŧ éñŧŕý (Çŧŕł+Ł)········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>⟦Šávé (Çŧŕł+Éñŧéŕ)·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Save changes</source>
        <translation>⟦Šávé çĥáñğéš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Save entry</source>
        <translation>⟦Šávé éñŧŕý····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Saves the entry. Ctrl+Enter saves from any field.</source>
        <translation>⟦Šávéš ŧĥé éñŧŕý. Çŧŕł+Éñŧéŕ šávéš fŕóm áñý fíéłđ.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Se&amp;verity, when there were spasms (click one, or press 1 to 3)</source>
        <translation>⟦Šé&amp;véŕíŧý, ŵĥéñ ŧĥéŕé ŵéŕé špášmš (çłíçķ óñé, óŕ pŕéšš 1 ŧó 3)·················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Set the time to now</source>
        <translation>⟦Šéŧ ŧĥé ŧímé ŧó ñóŵ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Side effects</source>
        <translation>⟦Šíđé éfféçŧš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Side effects noticed today. Space ticks; arrow keys move between them.</source>
        <translation>⟦Šíđé éfféçŧš ñóŧíçéđ ŧóđáý. Špáçé ŧíçķš; áŕŕóŵ ķéýš móvé béŧŵééñ ŧĥém.·······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Side effects t&amp;oday</source>
        <translation>⟦Šíđé éfféçŧš ŧ&amp;ođáý······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Sleep hours</source>
        <translation>⟦Šłéép ĥóúŕš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Spas&amp;ms {recall} (click one, or press 0 to 4)</source>
        <translation>⟦Špáš&amp;mš {recall} (çłíçķ óñé, óŕ pŕéšš 0 ŧó 4)·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Spasm frequency (Penn scale)</source>
        <translation>⟦Špášm fŕéqúéñçý (Péññ šçáłé)·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Spasm severity (Penn scale)</source>
        <translation>⟦Špášm šévéŕíŧý (Péññ šçáłé)·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Spasticit&amp;y</source>
        <translation>⟦Špášŧíçíŧ&amp;y····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Spasticity</source>
        <translation>⟦Špášŧíçíŧý····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Stretching / physiotherapy done</source>
        <translation>⟦Šŧŕéŧçĥíñğ / pĥýšíóŧĥéŕápý đóñé···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Tick only what happened. These need action now, not at the next appointment.</source>
        <translation>⟦Ŧíçķ óñłý ŵĥáŧ ĥáppéñéđ. Ŧĥéšé ñééđ áçŧíóñ ñóŵ, ñóŧ áŧ ŧĥé ñéxŧ áppóíñŧméñŧ.························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Wo&amp;ken</source>
        <translation>⟦Ŵó&amp;kéñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Woken by spasms</source>
        <translation>⟦Ŵóķéñ bý špášmš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>hours last night</source>
        <translation>⟦ĥóúŕš łášŧ ñíğĥŧ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>optional</source>
        <translation>⟦ópŧíóñáł···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>other side effects, in your words (optional)</source>
        <translation>⟦óŧĥéŕ šíđé éfféçŧš, íñ ýóúŕ ŵóŕđš (ópŧíóñáł)··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>times by spasms</source>
        <translation>⟦ŧíméš bý špášmš·····⟧</translation>
    </message>
</context>
<context>
    <name>ui.diary_model</name>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Alcohol or sedating medicines; stretching or physiotherapy</source>
        <translation>⟦Áłçóĥół óŕ šéđáŧíñğ méđíçíñéš; šŧŕéŧçĥíñğ óŕ pĥýšíóŧĥéŕápý····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Also</source>
        <translation>⟦Áłšó··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Check-in for {day}.</source>
        <translation>⟦Çĥéçķ-íñ fóŕ {day}.····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Check-in for {day}: none of the signs asked about.</source>
        <translation>⟦Çĥéçķ-íñ fóŕ {day}: ñóñé óf ŧĥé šíğñš ášķéđ ábóúŧ.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Check-in.</source>
        <translation>⟦Çĥéçķ-íñ.···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Check-in: none of the signs asked about.</source>
        <translation>⟦Çĥéçķ-íñ: ñóñé óf ŧĥé šíğñš ášķéđ ábóúŧ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Danger sign recorded: {signs}</source>
        <translation>⟦Đáñğéŕ šíğñ ŕéçóŕđéđ: {signs}·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Danger signs</source>
        <translation>⟦Đáñğéŕ šíğñš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Danger signs recorded: these needed action at once</source>
        <translation>⟦Đáñğéŕ šíğñš ŕéçóŕđéđ: ŧĥéšé ñééđéđ áçŧíóñ áŧ óñçé·················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Date and time of the entry</source>
        <translation>⟦Đáŧé áñđ ŧímé óf ŧĥé éñŧŕý········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Hours of sleep</source>
        <translation>⟦Ĥóúŕš óf šłéép·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>How bad the spasms were, 1–3 (the Penn scale)</source>
        <translation>⟦Ĥóŵ báđ ŧĥé špášmš ŵéŕé, 1–3 (ŧĥé Péññ šçáłé)············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>How often spasms came in the last 24 hours, 0–4 (the Penn scale)</source>
        <translation>⟦Ĥóŵ ófŧéñ špášmš çámé íñ ŧĥé łášŧ 24 ĥóúŕš, 0–4 (ŧĥé Péññ šçáłé)··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Notes</source>
        <translation>⟦Ñóŧéš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Pain</source>
        <translation>⟦Páíñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Pain 0–10</source>
        <translation>⟦Páíñ 0–10··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Severity</source>
        <translation>⟦Šévéŕíŧý···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Side effects</source>
        <translation>⟦Šíđé éfféçŧš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Side effects ticked, and others in words</source>
        <translation>⟦Šíđé éfféçŧš ŧíçķéđ, áñđ óŧĥéŕš íñ ŵóŕđš·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Sleep</source>
        <translation>⟦Šłéép··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Spasms</source>
        <translation>⟦Špášmš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Spasticity</source>
        <translation>⟦Špášŧíçíŧý····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Spasticity 0–10</source>
        <translation>⟦Špášŧíçíŧý 0–10····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Times spasms woke them</source>
        <translation>⟦Ŧíméš špášmš ŵóķé ŧĥém········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>When</source>
        <translation>⟦Ŵĥéñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Woken</source>
        <translation>⟦Ŵóķéñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>alcohol/sedatives</source>
        <translation>⟦áłçóĥół/šéđáŧívéš······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>none</source>
        <translation>⟦ñóñé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>stretching</source>
        <translation>⟦šŧŕéŧçĥíñğ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>{column}: {value}</source>
        <translation>⟦{column}: {value}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>{date} {year} {time}</source>
        <translation>⟦{date} {year} {time}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>{tip} (not sortable)</source>
        <translation>⟦{tip} (ñóŧ šóŕŧábłé)····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>{when}  (check-in)</source>
        <translation>⟦{when}  (çĥéçķ-íñ)···⟧</translation>
    </message>
</context>
<context>
    <name>ui.error_dialog</name>
    <message>
        <location filename="../src/caregiver_app/ui/error_dialog.py"/>
        <source>Copy report</source>
        <translation>⟦Çópý ŕépóŕŧ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/error_dialog.py"/>
        <source>Error report</source>
        <translation>⟦Éŕŕóŕ ŕépóŕŧ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/error_dialog.py"/>
        <source>Something unexpected went wrong. Your saved data is safe and the app keeps running.
If it happens again, copy this report and send it to whoever supports the app. It holds no health data.</source>
        <translation>⟦Šóméŧĥíñğ úñéxpéçŧéđ ŵéñŧ ŵŕóñğ. Ýóúŕ šávéđ đáŧá íš šáfé áñđ ŧĥé ápp ķéépš ŕúññíñğ.
Íf íŧ ĥáppéñš áğáíñ, çópý ŧĥíš ŕépóŕŧ áñđ šéñđ íŧ ŧó ŵĥóévéŕ šúppóŕŧš ŧĥé ápp. Íŧ ĥółđš ñó ĥéáłŧĥ đáŧá.····························································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/error_dialog.py"/>
        <source>Something went wrong</source>
        <translation>⟦Šóméŧĥíñğ ŵéñŧ ŵŕóñğ·······⟧</translation>
    </message>
</context>
<context>
    <name>ui.forms</name>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>Calendar</source>
        <translation>⟦Çáłéñđáŕ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>Calendar: arrows move, Enter chooses, Escape closes</source>
        <translation>⟦Çáłéñđáŕ: áŕŕóŵš móvé, Éñŧéŕ çĥóóšéš, Éšçápé çłóšéš·················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>Choose the date on a calendar</source>
        <translation>⟦Çĥóóšé ŧĥé đáŧé óñ á çáłéñđáŕ··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>e.g. {example}</source>
        <translation>⟦é.ğ. {example}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>e.g. {example} (optional)</source>
        <translation>⟦é.ğ. {example} (ópŧíóñáł)····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>e.g. {example} or just the year, 1950</source>
        <translation>⟦é.ğ. {example} óŕ júšŧ ŧĥé ýéáŕ, 1950······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>e.g. {example} or just the year, 1950 (optional)</source>
        <translation>⟦é.ğ. {example} óŕ júšŧ ŧĥé ýéáŕ, 1950 (ópŧíóñáł)·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>not recorded. Type {keys} to choose; Delete clears.</source>
        <translation>⟦ñóŧ ŕéçóŕđéđ. Ŧýpé {keys} ŧó çĥóóšé; Đéłéŧé çłéáŕš.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>{name}: choose on a calendar</source>
        <translation>⟦{name}: çĥóóšé óñ á çáłéñđáŕ·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>{value}: {meaning}. Type {keys} to choose; Delete clears.</source>
        <translation>⟦{value}: {meaning}. Ŧýpé {keys} ŧó çĥóóšé; Đéłéŧé çłéáŕš.··········⟧</translation>
    </message>
</context>
<context>
    <name>ui.history</name>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;Answer</source>
        <translation>⟦&amp;Añšŵéŕ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;Between</source>
        <translation>⟦&amp;Béŧŵééñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;Dose</source>
        <translation>⟦&amp;Dóšé·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;Medicine:</source>
        <translation>⟦&amp;Méđíçíñé:···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;Note</source>
        <translation>⟦&amp;Nóŧé·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;Reason</source>
        <translation>⟦&amp;Réášóñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;When taken</source>
        <translation>⟦&amp;Wĥéñ ŧáķéñ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>All medicines</source>
        <translation>⟦Áłł méđíçíñéš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Answer</source>
        <translation>⟦Áñšŵéŕ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Correct a dose record</source>
        <translation>⟦Çóŕŕéçŧ á đóšé ŕéçóŕđ·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Correct the selected record</source>
        <translation>⟦Çóŕŕéçŧ ŧĥé šéłéçŧéđ ŕéçóŕđ··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Correct this &amp;record…</source>
        <translation>⟦Çóŕŕéçŧ ŧĥíš &amp;réçóŕđ…······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Correction</source>
        <translation>⟦Çóŕŕéçŧíóñ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Date taken</source>
        <translation>⟦Đáŧé ŧáķéñ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Dose (mg)</source>
        <translation>⟦Đóšé (mğ)··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Dose history</source>
        <translation>⟦Đóšé ĥíšŧóŕý····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Dose in mg</source>
        <translation>⟦Đóšé íñ mğ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Due</source>
        <translation>⟦Đúé·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Filter by medicine</source>
        <translation>⟦Fíłŧéŕ bý méđíçíñé······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>From date</source>
        <translation>⟦Fŕóm đáŧé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Medicine</source>
        <translation>⟦Méđíçíñé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Note</source>
        <translation>⟦Ñóŧé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Please say why this answer is withdrawn (the reason is kept with it).</source>
        <translation>⟦Płéášé šáý ŵĥý ŧĥíš áñšŵéŕ íš ŵíŧĥđŕáŵñ (ŧĥé ŕéášóñ íš ķépŧ ŵíŧĥ íŧ).······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Reason for the correction</source>
        <translation>⟦Ŕéášóñ fóŕ ŧĥé çóŕŕéçŧíóñ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Show replaced &amp;versions</source>
        <translation>⟦Šĥóŵ ŕépłáçéđ &amp;véŕšíóñš········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Show replaced versions</source>
        <translation>⟦Šĥóŵ ŕépłáçéđ véŕšíóñš········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>The original record is kept, marked as replaced, so the history stays trustworthy.</source>
        <translation>⟦Ŧĥé óŕíğíñáł ŕéçóŕđ íš ķépŧ, máŕķéđ áš ŕépłáçéđ, šó ŧĥé ĥíšŧóŕý šŧáýš ŧŕúšŧŵóŕŧĥý.···························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Time taken</source>
        <translation>⟦Ŧímé ŧáķéñ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>To date</source>
        <translation>⟦Ŧó đáŧé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>When</source>
        <translation>⟦Ŵĥéñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Why is this being corrected? (required)</source>
        <translation>⟦Ŵĥý íš ŧĥíš béíñğ çóŕŕéçŧéđ? (ŕéqúíŕéđ)············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>a&amp;nd</source>
        <translation>⟦á&amp;nđ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>corrected: {reason}</source>
        <translation>⟦çóŕŕéçŧéđ: {reason}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>no answer yet (withdraw this answer)</source>
        <translation>⟦ñó áñšŵéŕ ýéŧ (ŵíŧĥđŕáŵ ŧĥíš áñšŵéŕ)············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>not taken</source>
        <translation>⟦ñóŧ ŧáķéñ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>skipped</source>
        <translation>⟦šķíppéđ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>taken</source>
        <translation>⟦ŧáķéñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>withdrawn: {reason}</source>
        <translation>⟦ŵíŧĥđŕáŵñ: {reason}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>{answer} (replaced)</source>
        <translation>⟦{answer} (ŕépłáçéđ)···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>{answer} — withdrawn (no answer now)</source>
        <translation>⟦{answer} — ŵíŧĥđŕáŵñ (ñó áñšŵéŕ ñóŵ)········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>“No answer yet” withdraws a wrong answer: it stays in the history, marked withdrawn, and the dose can be answered again.</source>
        <translation>⟦“Ñó áñšŵéŕ ýéŧ” ŵíŧĥđŕáŵš á ŵŕóñğ áñšŵéŕ: íŧ šŧáýš íñ ŧĥé ĥíšŧóŕý, máŕķéđ ŵíŧĥđŕáŵñ, áñđ ŧĥé đóšé çáñ bé áñšŵéŕéđ áğáíñ.······································⟧</translation>
    </message>
</context>
<context>
    <name>ui.info_browser</name>
    <message>
        <location filename="../src/caregiver_app/ui/info_browser.py"/>
        <source>(website: {address})</source>
        <translation>⟦(ŵébšíŧé: {address})···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/info_browser.py"/>
        <source>This link leaves the app and opens {address} in your web browser. Open it?</source>
        <translation>⟦Ŧĥíš łíñķ łéávéš ŧĥé ápp áñđ ópéñš {address} íñ ýóúŕ ŵéb bŕóŵšéŕ. Ópéñ íŧ?····················⟧</translation>
    </message>
</context>
<context>
    <name>ui.main_window</name>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;About Caregiver Assistant</source>
        <translation>⟦&amp;Abóúŧ Çáŕéğívéŕ Áššíšŧáñŧ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Add a person…</source>
        <translation>⟦&amp;Ađđ á péŕšóñ…····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Back up now…</source>
        <translation>⟦&amp;Báçķ úp ñóŵ…···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Caring for:</source>
        <translation>⟦&amp;Cáŕíñğ fóŕ:···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Close window</source>
        <translation>⟦&amp;Cłóšé ŵíñđóŵ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>⟦&amp;Eđíŧ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Edit this person…</source>
        <translation>⟦&amp;Eđíŧ ŧĥíš péŕšóñ…·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Emergency signs</source>
        <translation>⟦&amp;Eméŕğéñçý šíğñš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>⟦&amp;Fíłé·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Go</source>
        <translation>⟦&amp;Gó·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>⟦&amp;Héłp·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Manage people…</source>
        <translation>⟦&amp;Máñáğé péópłé…····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;People</source>
        <translation>⟦&amp;Péópłé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Quit (reminders stop)…</source>
        <translation>⟦&amp;Qúíŧ (ŕémíñđéŕš šŧóp)…······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Redo</source>
        <translation>⟦&amp;Réđó·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Restore from backup…</source>
        <translation>⟦&amp;Réšŧóŕé fŕóm báçķúp…······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Settings…</source>
        <translation>⟦&amp;Séŧŧíñğš…···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Undo</source>
        <translation>⟦&amp;Uñđó·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Using this app (the guide)</source>
        <translation>⟦&amp;Ušíñğ ŧĥíš ápp (ŧĥé ğúíđé)········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Caregiver Assistant — {name}</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ — {name}·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Diary</source>
        <translation>⟦Đíáŕý··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Emergency signs</source>
        <translation>⟦Éméŕğéñçý šíğñš······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Go back to one of the automatic backups</source>
        <translation>⟦Ğó báçķ ŧó óñé óf ŧĥé áúŧómáŧíç báçķúpš·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>How each page works, with pictures</source>
        <translation>⟦Ĥóŵ éáçĥ páğé ŵóŕķš, ŵíŧĥ píçŧúŕéš···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Information</source>
        <translation>⟦Íñfóŕmáŧíóñ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Manage people cared for</source>
        <translation>⟦Máñáğé péópłé çáŕéđ fóŕ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Medicines</source>
        <translation>⟦Méđíçíñéš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Menu</source>
        <translation>⟦Méñú··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Pages</source>
        <translation>⟦Páğéš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>People…</source>
        <translation>⟦Péópłé…··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Person cared for</source>
        <translation>⟦Péŕšóñ çáŕéđ fóŕ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Plans</source>
        <translation>⟦Płáñš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Reminder status</source>
        <translation>⟦Ŕémíñđéŕ šŧáŧúš······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Reports</source>
        <translation>⟦Ŕépóŕŧš···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Save a checked copy of all your data to a file you choose</source>
        <translation>⟦Šávé á çĥéçķéđ çópý óf áłł ýóúŕ đáŧá ŧó á fíłé ýóú çĥóóšé··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Switch between the people you look after</source>
        <translation>⟦Šŵíŧçĥ béŧŵééñ ŧĥé péópłé ýóú łóóķ áfŧéŕ··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Today</source>
        <translation>⟦Ŧóđáý··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>When to call the emergency number or the doctor now</source>
        <translation>⟦Ŵĥéñ ŧó çáłł ŧĥé éméŕğéñçý ñúmbéŕ óŕ ŧĥé đóçŧóŕ ñóŵ·················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>When to call the emergency number or the doctor now (F1)</source>
        <translation>⟦Ŵĥéñ ŧó çáłł ŧĥé éméŕğéñçý ñúmbéŕ óŕ ŧĥé đóçŧóŕ ñóŵ (F1)·················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>{page} (Ctrl+{number})</source>
        <translation>⟦{page} (Çŧŕł+{number})··⟧</translation>
    </message>
</context>
<context>
    <name>ui.medicine_dialog</name>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;End date</source>
        <translation>⟦&amp;Eñđ đáŧé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Form</source>
        <translation>⟦&amp;Fóŕm·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;How often</source>
        <translation>⟦&amp;Hóŵ ófŧéñ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Name</source>
        <translation>⟦&amp;Námé·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Prescriber</source>
        <translation>⟦&amp;Pŕéšçŕíbéŕ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Reorder warning (days)</source>
        <translation>⟦&amp;Réóŕđéŕ ŵáŕñíñğ (đáýš)·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Strength (mg)</source>
        <translation>⟦&amp;Sŧŕéñğŧĥ (mğ)····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>A plan sets these doses</source>
        <translation>⟦Á płáñ šéŧš ŧĥéšé đóšéš········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>A plan sets this medicine&apos;s doses</source>
        <translation>⟦Á płáñ šéŧš ŧĥíš méđíçíñé&apos;š đóšéš···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>About the active ingredient</source>
        <translation>⟦Ábóúŧ ŧĥé áçŧívé íñğŕéđíéñŧ··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>About the amounts to give</source>
        <translation>⟦Ábóúŧ ŧĥé ámóúñŧš ŧó ğívé········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Above the label maximum</source>
        <translation>⟦Ábóvé ŧĥé łábéł máxímúm········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Active &amp;ingredient</source>
        <translation>⟦Áçŧívé &amp;iñğŕéđíéñŧ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Add a &amp;time</source>
        <translation>⟦Áđđ á &amp;tímé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Add a medicine for {name}</source>
        <translation>⟦Áđđ á méđíçíñé fóŕ {name}······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Add a time of day</source>
        <translation>⟦Áđđ á ŧímé óf đáý·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Amount to give (worked out)</source>
        <translation>⟦Ámóúñŧ ŧó ğívé (ŵóŕķéđ óúŧ)········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Another strength: type it in mg per mL below</source>
        <translation>⟦Áñóŧĥéŕ šŧŕéñğŧĥ: ŧýpé íŧ íñ mğ péŕ mŁ béłóŵ··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>At fixed times every day</source>
        <translation>⟦Áŧ fíxéđ ŧíméš évéŕý đáý········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>At least (hours) between doses</source>
        <translation>⟦Áŧ łéášŧ (ĥóúŕš) béŧŵééñ đóšéš··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>At most (doses a day)</source>
        <translation>⟦Áŧ móšŧ (đóšéš á đáý)······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Baclofen tablets come in 5, 10 and 20 mg (15 mg in some), granule packets in 5, 10 and 20 mg: type the strength printed on the box.</source>
        <translation>⟦Báçłóféñ ŧábłéŧš çómé íñ 5, 10 áñđ 20 mğ (15 mğ íñ šómé), ğŕáñúłé páçķéŧš íñ 5, 10 áñđ 20 mğ: ŧýpé ŧĥé šŧŕéñğŧĥ pŕíñŧéđ óñ ŧĥé bóx.··································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Choose the strength printed on the bottle…</source>
        <translation>⟦Çĥóóšé ŧĥé šŧŕéñğŧĥ pŕíñŧéđ óñ ŧĥé bóŧŧłé…··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Dose (mg)</source>
        <translation>⟦Đóšé (mğ)··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Doses very close together</source>
        <translation>⟦Đóšéš véŕý çłóšé ŧóğéŧĥéŕ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Edit a medicine for {name}</source>
        <translation>⟦Éđíŧ á méđíçíñé fóŕ {name}······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>End date</source>
        <translation>⟦Éñđ đáŧé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Every (hours)</source>
        <translation>⟦Évéŕý (ĥóúŕš)····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Every few hours</source>
        <translation>⟦Évéŕý féŵ ĥóúŕš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>First dose at (HH:MM)</source>
        <translation>⟦Fíŕšŧ đóšé áŧ (ĤĤ:MM)······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>For: {name}</source>
        <translation>⟦Fóŕ: {name}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Go back and check</source>
        <translation>⟦Ğó báçķ áñđ çĥéçķ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>How times work when the clocks change</source>
        <translation>⟦Ĥóŵ ŧíméš ŵóŕķ ŵĥéñ ŧĥé çłóçķš çĥáñğé············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Instr&amp;uctions</source>
        <translation>⟦Íñšŧŕ&amp;uçŧíóñš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Low-reservoir alarm date</source>
        <translation>⟦Łóŵ-ŕéšéŕvóíŕ áłáŕm đáŧé········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Medicine name</source>
        <translation>⟦Méđíçíñé ñámé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Next pump re&amp;fill</source>
        <translation>⟦Ñéxŧ púmp ŕé&amp;fíłł·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Next pump refill</source>
        <translation>⟦Ñéxŧ púmp ŕéfíłł······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Not saved: please check the strength with the bottle or box in hand.</source>
        <translation>⟦Ñóŧ šávéđ: płéášé çĥéçķ ŧĥé šŧŕéñğŧĥ ŵíŧĥ ŧĥé bóŧŧłé óŕ bóx íñ ĥáñđ.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>On chosen days of the week</source>
        <translation>⟦Óñ çĥóšéñ đáýš óf ŧĥé ŵééķ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>On:</source>
        <translation>⟦Óñ:·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Only when needed (as needed)</source>
        <translation>⟦Óñłý ŵĥéñ ñééđéđ (áš ñééđéđ)·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Please check the strength</source>
        <translation>⟦Płéášé çĥéçķ ŧĥé šŧŕéñğŧĥ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Please check this dose</source>
        <translation>⟦Płéášé çĥéçķ ŧĥíš đóšé········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Please choose the active ingredient: baclofen, or another medicine.</source>
        <translation>⟦Płéášé çĥóóšé ŧĥé áçŧívé íñğŕéđíéñŧ: báçłóféñ, óŕ áñóŧĥéŕ méđíçíñé.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Remind (days before)</source>
        <translation>⟦Ŕémíñđ (đáýš béfóŕé)······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Remove the selected time</source>
        <translation>⟦Ŕémóvé ŧĥé šéłéçŧéđ ŧímé········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Remove the selected time of day</source>
        <translation>⟦Ŕémóvé ŧĥé šéłéçŧéđ ŧímé óf đáý··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Reorder warning</source>
        <translation>⟦Ŕéóŕđéŕ ŵáŕñíñğ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Row {row}: {problem}</source>
        <translation>⟦Ŕóŵ {row}: {problem}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Start &amp;date</source>
        <translation>⟦Šŧáŕŧ &amp;dáŧé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Start date</source>
        <translation>⟦Šŧáŕŧ đáŧé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Stoc&amp;k on hand</source>
        <translation>⟦Šŧóç&amp;k óñ ĥáñđ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Stock on hand</source>
        <translation>⟦Šŧóçķ óñ ĥáñđ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Strength</source>
        <translation>⟦Šŧŕéñğŧĥ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Strength (m&amp;g in each mL)</source>
        <translation>⟦Šŧŕéñğŧĥ (m&amp;g íñ éáçĥ mŁ)·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Strength on the &amp;bottle</source>
        <translation>⟦Šŧŕéñğŧĥ óñ ŧĥé &amp;bóŧŧłé·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>The medicine</source>
        <translation>⟦Ŧĥé méđíçíñé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>The plan “{plan}” is being followed for this medicine: while it is, reminders give the plan&apos;s doses at the times the plan lists; other times keep the doses set here. To change the plan&apos;s doses, change the plan on the Plans page (or archive it to go back to the doses set here).</source>
        <translation>⟦Ŧĥé płáñ “{plan}” íš béíñğ fółłóŵéđ fóŕ ŧĥíš méđíçíñé: ŵĥíłé íŧ íš, ŕémíñđéŕš ğívé ŧĥé płáñ&apos;š đóšéš áŧ ŧĥé ŧíméš ŧĥé płáñ łíšŧš; óŧĥéŕ ŧíméš ķéép ŧĥé đóšéš šéŧ ĥéŕé. Ŧó çĥáñğé ŧĥé płáñ&apos;š đóšéš, çĥáñğé ŧĥé płáñ óñ ŧĥé Płáñš páğé (óŕ áŕçĥívé íŧ ŧó ğó báçķ ŧó ŧĥé đóšéš šéŧ ĥéŕé).···················································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Time (HH:MM)</source>
        <translation>⟦Ŧímé (ĤĤ:MM)···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Times are the local clock time: 08:00 stays 08:00 when the clocks change. On the night the clocks go forward, a time that does not exist (e.g. 02:30) is reminded once, at the first minute after the gap; on the night they go back, a time that happens twice is reminded once. &quot;Every few hours&quot; counts real hours, so its clock times move by an hour when the clocks change.</source>
        <translation>⟦Ŧíméš áŕé ŧĥé łóçáł çłóçķ ŧímé: 08:00 šŧáýš 08:00 ŵĥéñ ŧĥé çłóçķš çĥáñğé. Óñ ŧĥé ñíğĥŧ ŧĥé çłóçķš ğó fóŕŵáŕđ, á ŧímé ŧĥáŧ đóéš ñóŧ éxíšŧ (é.ğ. 02:30) íš ŕémíñđéđ óñçé, áŧ ŧĥé fíŕšŧ míñúŧé áfŧéŕ ŧĥé ğáp; óñ ŧĥé ñíğĥŧ ŧĥéý ğó báçķ, á ŧímé ŧĥáŧ ĥáppéñš ŧŵíçé íš ŕémíñđéđ óñçé. &quot;Évéŕý féŵ ĥóúŕš&quot; çóúñŧš ŕéáł ĥóúŕš, šó íŧš çłóçķ ŧíméš móvé bý áñ ĥóúŕ ŵĥéñ ŧĥé çłóçķš çĥáñğé.············································································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Times of day and doses</source>
        <translation>⟦Ŧíméš óf đáý áñđ đóšéš·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Type the time and the dose in mg; the amount to give is worked out. Arrow keys move between cells; Tab leaves the table.</source>
        <translation>⟦Ŧýpé ŧĥé ŧímé áñđ ŧĥé đóšé íñ mğ; ŧĥé ámóúñŧ ŧó ğívé íš ŵóŕķéđ óúŧ. Áŕŕóŵ ķéýš móvé béŧŵééñ çéłłš; Ŧáb łéávéš ŧĥé ŧábłé.·····································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>When it is taken</source>
        <translation>⟦Ŵĥéñ íŧ íš ŧáķéñ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Worked out from the dose and the strength; change those to change it</source>
        <translation>⟦Ŵóŕķéđ óúŧ fŕóm ŧĥé đóšé áñđ ŧĥé šŧŕéñğŧĥ; çĥáñğé ŧĥóšé ŧó çĥáñğé íŧ······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Write whole numbers of days separated by commas, e.g. 7, 2.</source>
        <translation>⟦Ŵŕíŧé ŵĥółé ñúmbéŕš óf đáýš šépáŕáŧéđ bý çómmáš, é.ğ. 7, 2.·················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Yes, the prescription says so</source>
        <translation>⟦Ýéš, ŧĥé pŕéšçŕípŧíóñ šáýš šó··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>as the prescription says</source>
        <translation>⟦áš ŧĥé pŕéšçŕípŧíóñ šáýš········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>days before each date, e.g. 7, 2</source>
        <translation>⟦đáýš béfóŕé éáçĥ đáŧé, é.ğ. 7, 2········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>e.g. Baclofen</source>
        <translation>⟦é.ğ. Báçłóféñ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>e.g. with or after food</source>
        <translation>⟦é.ğ. ŵíŧĥ óŕ áfŧéŕ fóóđ·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>mg in each mL, as on the bottle (5 mg/5 mL is 1)</source>
        <translation>⟦mğ íñ éáçĥ mŁ, áš óñ ŧĥé bóŧŧłé (5 mğ/5 mŁ íš 1)············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>mg in one tablet or packet, e.g. 10</source>
        <translation>⟦mğ íñ óñé ŧábłéŧ óŕ páçķéŧ, é.ğ. 10·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>tablets, packets or mL on hand (optional)</source>
        <translation>⟦ŧábłéŧš, páçķéŧš óŕ mŁ óñ ĥáñđ (ópŧíóñáł)·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>warn when this many days are left (default 7)</source>
        <translation>⟦ŵáŕñ ŵĥéñ ŧĥíš máñý đáýš áŕé łéfŧ (đéfáúłŧ 7)··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>{label} must be a number.</source>
        <translation>⟦{label} múšŧ bé á ñúmbéŕ.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>{label} must be a whole number.</source>
        <translation>⟦{label} múšŧ bé á ŵĥółé ñúmbéŕ.·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>{question}

Is this the strength printed on it? Save it as it is?</source>
        <translation>⟦{question}

Íš ŧĥíš ŧĥé šŧŕéñğŧĥ pŕíñŧéđ óñ íŧ? Šávé íŧ áš íŧ íš?················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>{warnings}

Save it anyway?</source>
        <translation>⟦{warnings}

Šávé íŧ áñýŵáý?·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>“{name}” looks like baclofen. If it is baclofen, choose Baclofen as the active ingredient, so that its checks apply. {note}</source>
        <translation>⟦“{name}” łóóķš łíķé báçłóféñ. Íf íŧ íš báçłóféñ, çĥóóšé Báçłóféñ áš ŧĥé áçŧívé íñğŕéđíéñŧ, šó ŧĥáŧ íŧš çĥéçķš áppłý. {note}··································⟧</translation>
    </message>
</context>
<context>
    <name>ui.pages.base</name>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Add a person…</source>
        <translation>⟦Áđđ á péŕšóñ…····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Archive {what}</source>
        <translation>⟦Áŕçĥívé {what}···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Archived “{name}”. Ctrl+Z brings it back.</source>
        <translation>⟦Áŕçĥívéđ “{name}”. Çŧŕł+Ž bŕíñğš íŧ báçķ.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>For: {name}</source>
        <translation>⟦Fóŕ: {name}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Nobody to care for yet. Start by adding the person you look after (you can add more people later).

New here? The guide “Using this app” (in the Help menu) shows what each page does, with pictures. For emergency signs, press F1 at any time.</source>
        <translation>⟦Ñóbóđý ŧó çáŕé fóŕ ýéŧ. Šŧáŕŧ bý áđđíñğ ŧĥé péŕšóñ ýóú łóóķ áfŧéŕ (ýóú çáñ áđđ móŕé péópłé łáŧéŕ).

Ñéŵ ĥéŕé? Ŧĥé ğúíđé “Úšíñğ ŧĥíš ápp” (íñ ŧĥé Ĥéłp méñú) šĥóŵš ŵĥáŧ éáçĥ páğé đóéš, ŵíŧĥ píçŧúŕéš. Fóŕ éméŕğéñçý šíğñš, pŕéšš F1 áŧ áñý ŧímé.········································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Not saved</source>
        <translation>⟦Ñóŧ šávéđ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Page</source>
        <translation>⟦Páğé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Restore {what}</source>
        <translation>⟦Ŕéšŧóŕé {what}···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Restored “{name}”.</source>
        <translation>⟦Ŕéšŧóŕéđ “{name}”.···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Undone: {action}.</source>
        <translation>⟦Úñđóñé: {action}.··⟧</translation>
    </message>
</context>
<context>
    <name>ui.pages.diary</name>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>%n entries</source>
        <extracomment>English singular: %n entry</extracomment>
        <translation>
            <numerusform>⟦%n éñŧŕý··⟧</numerusform>
            <numerusform>⟦%n éñŧŕíéš···⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>&amp;Delete…</source>
        <translation>⟦&amp;Déłéŧé…··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>&amp;New entry</source>
        <translation>⟦&amp;Néŵ éñŧŕý···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>&amp;Score</source>
        <translation>⟦&amp;Sçóŕé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>&amp;Undo</source>
        <translation>⟦&amp;Uñđó·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>A&amp;verage</source>
        <translation>⟦Á&amp;véŕáğé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Add diary entry ({when})</source>
        <translation>⟦Áđđ đíáŕý éñŧŕý ({when})·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Any score</source>
        <translation>⟦Áñý šçóŕé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Any side effect</source>
        <translation>⟦Áñý šíđé éfféçŧ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Average over</source>
        <translation>⟦Ávéŕáğé óvéŕ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>CSV files (*.csv)</source>
        <translation>⟦ÇŠV fíłéš (*.çšv)····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Ch&amp;ange…</source>
        <translation>⟦Çĥ&amp;añğé…··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Change diary entry ({when})</source>
        <translation>⟦Çĥáñğé đíáŕý éñŧŕý ({when})······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Change the selected entry (Enter)</source>
        <translation>⟦Çĥáñğé ŧĥé šéłéçŧéđ éñŧŕý (Éñŧéŕ)···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Char&amp;t</source>
        <translation>⟦Çĥáŕ&amp;t··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Clear the filters</source>
        <translation>⟦Çłéáŕ ŧĥé fíłŧéŕš······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Copied from {when} (danger signs and notes are not copied). Change what is different, then save.</source>
        <translation>⟦Çópíéđ fŕóm {when} (đáñğéŕ šíğñš áñđ ñóŧéš áŕé ñóŧ çópíéđ). Çĥáñğé ŵĥáŧ íš đífféŕéñŧ, ŧĥéñ šávé.····························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Could not save the chart to {path}</source>
        <translation>⟦Çóúłđ ñóŧ šávé ŧĥé çĥáŕŧ ŧó {path}·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Daily average</source>
        <translation>⟦Đáíłý ávéŕáğé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete</source>
        <translation>⟦Đéłéŧé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete diary entry</source>
        <translation>⟦Đéłéŧé đíáŕý éñŧŕý······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete diary entry ({when})</source>
        <translation>⟦Đéłéŧé đíáŕý éñŧŕý ({when})······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete the entry of {when}?

You can undo this (Ctrl+Z).</source>
        <translation>⟦Đéłéŧé ŧĥé éñŧŕý óf {when}?

Ýóú çáñ úñđó ŧĥíš (Çŧŕł+Ž).··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete the selected entry (Delete); it can be undone</source>
        <translation>⟦Đéłéŧé ŧĥé šéłéçŧéđ éñŧŕý (Đéłéŧé); íŧ çáñ bé úñđóñé················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Deleted the entry of {when}.</source>
        <translation>⟦Đéłéŧéđ ŧĥé éñŧŕý óf {when}.·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Diary entries</source>
        <translation>⟦Đíáŕý éñŧŕíéš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Drowsiness, Dizziness</source>
        <translation>⟦Đŕóŵšíñéšš, Đížžíñéšš········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>E&amp;xport CSV…</source>
        <translation>⟦É&amp;xpóŕŧ ÇŠV…···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Ent&amp;ries</source>
        <translation>⟦Éñŧ&amp;ríéš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Everything</source>
        <translation>⟦Évéŕýŧĥíñğ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Export failed: {why}. Nothing was written.</source>
        <translation>⟦Éxpóŕŧ fáíłéđ: {why}. Ñóŧĥíñğ ŵáš ŵŕíŧŧéñ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Export the diary as CSV</source>
        <translation>⟦Éxpóŕŧ ŧĥé đíáŕý áš ÇŠV········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Exported {entries} to {path}</source>
        <translation>⟦Éxpóŕŧéđ {entries} ŧó {path}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Filter by score</source>
        <translation>⟦Fíłŧéŕ bý šçóŕé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Filter by side effect</source>
        <translation>⟦Fíłŧéŕ bý šíđé éfféçŧ·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>From</source>
        <translation>⟦Fŕóm··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>From date</source>
        <translation>⟦Fŕóm đáŧé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Highest score</source>
        <translation>⟦Ĥíğĥéšŧ šçóŕé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Keep it</source>
        <translation>⟦Ķéép íŧ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Last 3 months</source>
        <translation>⟦Łášŧ 3 móñŧĥš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Last 4 weeks</source>
        <translation>⟦Łášŧ 4 ŵééķš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Last year</source>
        <translation>⟦Łášŧ ýéáŕ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Legs stiff in the morning</source>
        <translation>⟦Łéğš šŧíff íñ ŧĥé móŕñíñğ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Lowest score</source>
        <translation>⟦Łóŵéšŧ šçóŕé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Monthly average</source>
        <translation>⟦Móñŧĥłý ávéŕáğé······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>No entries yet. A short entry each evening (spasms, stiffness, pain, sleep, side effects) shows over time whether a dose change helps.</source>
        <translation>⟦Ñó éñŧŕíéš ýéŧ. Á šĥóŕŧ éñŧŕý éáçĥ évéñíñğ (špášmš, šŧíffñéšš, páíñ, šłéép, šíđé éfféçŧš) šĥóŵš óvéŕ ŧímé ŵĥéŧĥéŕ á đóšé çĥáñğé ĥéłpš.··········································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Not deleted: {why}</source>
        <translation>⟦Ñóŧ đéłéŧéđ: {why}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Not saved yet: please put right the fields marked in red. The entry, with its danger sign, is saved as soon as they are right; nothing you typed is lost.</source>
        <translation>⟦Ñóŧ šávéđ ýéŧ: płéášé púŧ ŕíğĥŧ ŧĥé fíéłđš máŕķéđ íñ ŕéđ. Ŧĥé éñŧŕý, ŵíŧĥ íŧš đáñğéŕ šíğñ, íš šávéđ áš šóóñ áš ŧĥéý áŕé ŕíğĥŧ; ñóŧĥíñğ ýóú ŧýpéđ íš łóšŧ.···············································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Not saved.</source>
        <translation>⟦Ñóŧ šávéđ.···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Not saved: please check the fields marked in red.</source>
        <translation>⟦Ñóŧ šávéđ: płéášé çĥéçķ ŧĥé fíéłđš máŕķéđ íñ ŕéđ.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Nothing was changed.</source>
        <translation>⟦Ñóŧĥíñğ ŵáš çĥáñğéđ.·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Number of entries shown</source>
        <translation>⟦Ñúmbéŕ óf éñŧŕíéš šĥóŵñ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Only check-ins</source>
        <translation>⟦Óñłý çĥéçķ-íñš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Only entries with danger signs</source>
        <translation>⟦Óñłý éñŧŕíéš ŵíŧĥ đáñğéŕ šíğñš··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Only the answers to the dose-change check-ins</source>
        <translation>⟦Óñłý ŧĥé áñšŵéŕš ŧó ŧĥé đóšé-çĥáñğé çĥéçķ-íñš···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>PNG images (*.png)</source>
        <translation>⟦PÑĞ ímáğéš (*.pñğ)·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Redone: the entry of {when} is added again.</source>
        <translation>⟦Ŕéđóñé: ŧĥé éñŧŕý óf {when} íš áđđéđ áğáíñ.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Redone: the entry of {when} is changed again.</source>
        <translation>⟦Ŕéđóñé: ŧĥé éñŧŕý óf {when} íš çĥáñğéđ áğáíñ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Save as &amp;image…</source>
        <translation>⟦Šávé áš &amp;imáğé…····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Save the chart as an image</source>
        <translation>⟦Šávé ŧĥé çĥáŕŧ áš áñ ímáğé········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Save the entries shown as a spreadsheet file (CSV)</source>
        <translation>⟦Šávé ŧĥé éñŧŕíéš šĥóŵñ áš á špŕéáđšĥééŧ fíłé (ÇŠV)················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Saved the chart to {path}</source>
        <translation>⟦Šávéđ ŧĥé çĥáŕŧ ŧó {path}······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Saved: {when}.</source>
        <translation>⟦Šávéđ: {when}.··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Saved: {when}. (Ctrl+Z undoes the change.)</source>
        <translation>⟦Šávéđ: {when}. (Çŧŕł+Ž úñđóéš ŧĥé çĥáñğé.)··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Score to chart</source>
        <translation>⟦Šçóŕé ŧó çĥáŕŧ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Sho&amp;w all</source>
        <translation>⟦Šĥó&amp;w áłł··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Showing {shown} of {entries}</source>
        <translation>⟦Šĥóŵíñğ {shown} óf {entries}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Symptom diary</source>
        <translation>⟦Šýmpŧóm đíáŕý·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>The entry is back.</source>
        <translation>⟦Ŧĥé éñŧŕý íš báçķ.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>There is no earlier entry to copy.</source>
        <translation>⟦Ŧĥéŕé íš ñó éáŕłíéŕ éñŧŕý ŧó çópý.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Ti&amp;me</source>
        <translation>⟦Ŧí&amp;mé·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Time shown</source>
        <translation>⟦Ŧímé šĥóŵñ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>To date</source>
        <translation>⟦Ŧó đáŧé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Undone: adding the entry of {when} (Ctrl+Shift+Z redoes it).</source>
        <translation>⟦Úñđóñé: áđđíñğ ŧĥé éñŧŕý óf {when} (Çŧŕł+Šĥífŧ+Ž ŕéđóéš íŧ).················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Undone: the change to the entry of {when} (Ctrl+Shift+Z redoes it).</source>
        <translation>⟦Úñđóñé: ŧĥé çĥáñğé ŧó ŧĥé éñŧŕý óf {when} (Çŧŕł+Šĥífŧ+Ž ŕéđóéš íŧ).··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Wed 30 Sep 2026 21:30  (check-in)</source>
        <translation>⟦Ŵéđ 30 Šép 2026 21:30  (çĥéçķ-íñ)·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Weekly average</source>
        <translation>⟦Ŵééķłý ávéŕáğé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>diary</source>
        <translation>⟦đíáŕý··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>diary-chart.png</source>
        <translation>⟦đíáŕý-çĥáŕŧ.pñğ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>diary-{name}-{date}.csv</source>
        <translation>⟦đíáŕý-{name}-{date}.çšv···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>from</source>
        <translation>⟦fŕóm··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>to</source>
        <translation>⟦ŧó·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>{entries}; the last on {when}.</source>
        <translation>⟦{entries}; ŧĥé łášŧ óñ {when}.····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>{period} average</source>
        <translation>⟦{period} ávéŕáğé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>⚠ A seizure (fit)</source>
        <translation>⟦⚠ Á šéížúŕé (fíŧ)····⟧</translation>
    </message>
</context>
<context>
    <name>ui.pages.info</name>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>%n matches on this page</source>
        <extracomment>English singular: %n match on this page</extracomment>
        <translation>
            <numerusform>⟦%n máŧçĥ óñ ŧĥíš páğé······⟧</numerusform>
            <numerusform>⟦%n máŧçĥéš óñ ŧĥíš páğé·······⟧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>%n pages found</source>
        <extracomment>English singular: %n page found</extracomment>
        <translation>
            <numerusform>⟦%n páğé fóúñđ····⟧</numerusform>
            <numerusform>⟦%n páğéš fóúñđ····⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>&amp;Search all pages</source>
        <translation>⟦&amp;Séáŕçĥ áłł páğéš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Back</source>
        <translation>⟦Báçķ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Back to the page before (Alt+Left)</source>
        <translation>⟦Báçķ ŧó ŧĥé páğé béfóŕé (Áłŧ+Łéfŧ)··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Caregiver Assistant, information page “{title}”. Printed {date}. This is not medical advice: talk to your doctor or nurse.</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ, íñfóŕmáŧíóñ páğé “{title}”. Pŕíñŧéđ {date}. Ŧĥíš íš ñóŧ méđíçáł áđvíçé: ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé.··································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>First page</source>
        <translation>⟦Fíŕšŧ páğé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>For example: missed dose</source>
        <translation>⟦Fóŕ éxámpłé: míššéđ đóšé········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Forward</source>
        <translation>⟦Fóŕŵáŕđ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Forward again (Alt+Right)</source>
        <translation>⟦Fóŕŵáŕđ áğáíñ (Áłŧ+Ŕíğĥŧ)········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Go to the first page, {title} (Alt+Home)</source>
        <translation>⟦Ğó ŧó ŧĥé fíŕšŧ páğé, {title} (Áłŧ+Ĥómé)·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Information</source>
        <translation>⟦Íñfóŕmáŧíóñ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Information page text</source>
        <translation>⟦Íñfóŕmáŧíóñ páğé ŧéxŧ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Information pages</source>
        <translation>⟦Íñfóŕmáŧíóñ páğéš······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Leave the app?</source>
        <translation>⟦Łéávé ŧĥé ápp?····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Leaves the app: {address}</source>
        <translation>⟦Łéávéš ŧĥé ápp: {address}·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Match {number} of {count} on this page</source>
        <translation>⟦Máŧçĥ {number} óf {count} óñ ŧĥíš páğé·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Matches on this page</source>
        <translation>⟦Máŧçĥéš óñ ŧĥíš páğé·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Next match</source>
        <translation>⟦Ñéxŧ máŧçĥ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Next match on this page (Enter or F3)</source>
        <translation>⟦Ñéxŧ máŧçĥ óñ ŧĥíš páğé (Éñŧéŕ óŕ F3)···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>No matches on this page</source>
        <translation>⟦Ñó máŧçĥéš óñ ŧĥíš páğé········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Not opened: {address}</source>
        <translation>⟦Ñóŧ ópéñéđ: {address}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Nothing found for “{query}”. Try fewer or different words.</source>
        <translation>⟦Ñóŧĥíñğ fóúñđ fóŕ “{query}”. Ŧŕý féŵéŕ óŕ đífféŕéñŧ ŵóŕđš.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Opened {address} in your web browser.</source>
        <translation>⟦Ópéñéđ {address} íñ ýóúŕ ŵéb bŕóŵšéŕ.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Opens “{title}”</source>
        <translation>⟦Ópéñš “{title}”··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Pages</source>
        <translation>⟦Páğéš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Pages that contain the search words. Enter opens the page at the match</source>
        <translation>⟦Páğéš ŧĥáŧ çóñŧáíñ ŧĥé šéáŕçĥ ŵóŕđš. Éñŧéŕ ópéñš ŧĥé páğé áŧ ŧĥé máŧçĥ·······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Previous match</source>
        <translation>⟦Pŕévíóúš máŧçĥ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Previous match on this page (Shift+F3)</source>
        <translation>⟦Pŕévíóúš máŧçĥ óñ ŧĥíš páğé (Šĥífŧ+F3)············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Print this page</source>
        <translation>⟦Pŕíñŧ ŧĥíš páğé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Print this page with its sources (Ctrl+P)</source>
        <translation>⟦Pŕíñŧ ŧĥíš páğé ŵíŧĥ íŧš šóúŕçéš (Çŧŕł+P)·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Print…</source>
        <translation>⟦Pŕíñŧ…··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Save as PDF…</source>
        <translation>⟦Šávé áš PĐF…····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Save this page as PDF</source>
        <translation>⟦Šávé ŧĥíš páğé áš PĐF·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Save this page with its sources as a PDF file (Ctrl+Shift+S)</source>
        <translation>⟦Šávé ŧĥíš páğé ŵíŧĥ íŧš šóúŕçéš áš á PĐF fíłé (Çŧŕł+Šĥífŧ+Š)··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Saved “{title}” as {path}</source>
        <translation>⟦Šávéđ “{title}” áš {path}···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Search results</source>
        <translation>⟦Šéáŕçĥ ŕéšúłŧš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Search results summary</source>
        <translation>⟦Šéáŕçĥ ŕéšúłŧš šúmmáŕý········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Search the information pages</source>
        <translation>⟦Šéáŕçĥ ŧĥé íñfóŕmáŧíóñ páğéš··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Sent “{title}” to the printer.</source>
        <translation>⟦Šéñŧ “{title}” ŧó ŧĥé pŕíñŧéŕ.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Stayed in the app.</source>
        <translation>⟦Šŧáýéđ íñ ŧĥé ápp.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Tab moves between links; Enter follows a link</source>
        <translation>⟦Ŧáb móvéš béŧŵééñ łíñķš; Éñŧéŕ fółłóŵš á łíñķ···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>The table of contents: choosing a page opens it</source>
        <translation>⟦Ŧĥé ŧábłé óf çóñŧéñŧš: çĥóóšíñğ á páğé ópéñš íŧ···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>This link cannot be opened: {address}</source>
        <translation>⟦Ŧĥíš łíñķ çáññóŧ bé ópéñéđ: {address}·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Type words to find (Ctrl+F). Enter or F3 goes to the next match; Down arrow moves to the results; Escape clears</source>
        <translation>⟦Ŧýpé ŵóŕđš ŧó fíñđ (Çŧŕł+F). Éñŧéŕ óŕ F3 ğóéš ŧó ŧĥé ñéxŧ máŧçĥ; Đóŵñ áŕŕóŵ móvéš ŧó ŧĥé ŕéšúłŧš; Éšçápé çłéáŕš··································⟧</translation>
    </message>
</context>
<context>
    <name>ui.pages.medicines</name>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>&amp;Add a medicine…</source>
        <translation>⟦&amp;Ađđ á méđíçíñé…····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>&amp;Restore</source>
        <translation>⟦&amp;Réšŧóŕé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>A&amp;rchive</source>
        <translation>⟦Á&amp;rçĥívé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Add a medicine</source>
        <translation>⟦Áđđ á méđíçíñé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Add a medicine…</source>
        <translation>⟦Áđđ á méđíçíñé…·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Archive or restore the selected medicine</source>
        <translation>⟦Áŕçĥívé óŕ ŕéšŧóŕé ŧĥé šéłéçŧéđ méđíçíñé··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Archive this medicine?</source>
        <translation>⟦Áŕçĥívé ŧĥíš méđíçíñé?········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Archive {medicine}? Its reminders stop; its dose history is kept and it can be restored from &quot;Show archived&quot; (or with Edit &gt; Undo, Ctrl+Z).</source>
        <translation>⟦Áŕçĥívé {medicine}? Íŧš ŕémíñđéŕš šŧóp; íŧš đóšé ĥíšŧóŕý íš ķépŧ áñđ íŧ çáñ bé ŕéšŧóŕéđ fŕóm &quot;Šĥóŵ áŕçĥívéđ&quot; (óŕ ŵíŧĥ Éđíŧ &gt; Úñđó, Çŧŕł+Ž).······································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Cha&amp;nge…</source>
        <translation>⟦Çĥá&amp;nğé…··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Edit the selected medicine</source>
        <translation>⟦Éđíŧ ŧĥé šéłéçŧéđ méđíçíñé·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Medicine</source>
        <translation>⟦Méđíçíñé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Medicines</source>
        <translation>⟦Méđíçíñéš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Next refill</source>
        <translation>⟦Ñéxŧ ŕéfíłł····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>No schedule</source>
        <translation>⟦Ñó šçĥéđúłé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Nothing yet — no medicines recorded for {name}. Add each medicine with its strength and the times it is taken; reminders follow from that.</source>
        <translation>⟦Ñóŧĥíñğ ýéŧ — ñó méđíçíñéš ŕéçóŕđéđ fóŕ {name}. Áđđ éáçĥ méđíçíñé ŵíŧĥ íŧš šŧŕéñğŧĥ áñđ ŧĥé ŧíméš íŧ íš ŧáķéñ; ŕémíñđéŕš fółłóŵ fŕóm ŧĥáŧ.··········································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Pump re&amp;filled today…</source>
        <translation>⟦Púmp ŕé&amp;fíłłéđ ŧóđáý…······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Pump refill recorded for today. The app will ask a short check-in each day for the next few days.</source>
        <translation>⟦Púmp ŕéfíłł ŕéçóŕđéđ fóŕ ŧóđáý. Ŧĥé ápp ŵíłł ášķ á šĥóŕŧ çĥéçķ-íñ éáçĥ đáý fóŕ ŧĥé ñéxŧ féŵ đáýš.······························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Pump refilled today</source>
        <translation>⟦Púmp ŕéfíłłéđ ŧóđáý·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Pump: no doses to remind</source>
        <translation>⟦Púmp: ñó đóšéš ŧó ŕémíñđ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Record that the pump was refilled today</source>
        <translation>⟦Ŕéçóŕđ ŧĥáŧ ŧĥé púmp ŵáš ŕéfíłłéđ ŧóđáý·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Refill not recorded</source>
        <translation>⟦Ŕéfíłł ñóŧ ŕéçóŕđéđ·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Saved the changes to {medicine}.</source>
        <translation>⟦Šávéđ ŧĥé çĥáñğéš ŧó {medicine}.·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Saved {medicine}: its reminders follow from now on.</source>
        <translation>⟦Šávéđ {medicine}: íŧš ŕémíñđéŕš fółłóŵ fŕóm ñóŵ óñ.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Show archived</source>
        <translation>⟦Šĥóŵ áŕçĥívéđ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Show archived medicines</source>
        <translation>⟦Šĥóŵ áŕçĥívéđ méđíçíñéš········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Stock</source>
        <translation>⟦Šŧóçķ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>The next refill date, if you know it (YYYY-MM-DD; leave empty to keep it as it is):</source>
        <translation>⟦Ŧĥé ñéxŧ ŕéfíłł đáŧé, íf ýóú ķñóŵ íŧ (ÝÝÝÝ-MM-ĐĐ; łéávé émpŧý ŧó ķéép íŧ áš íŧ íš):························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>When it is taken</source>
        <translation>⟦Ŵĥéñ íŧ íš ŧáķéñ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>alarm date {date}</source>
        <translation>⟦áłáŕm đáŧé {date}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>next refill {date}</source>
        <translation>⟦ñéxŧ ŕéfíłł {date}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{amount} on hand</source>
        <translation>⟦{amount} óñ ĥáñđ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{medicine}
Not baclofen: the baclofen checks do not apply.</source>
        <translation>⟦{medicine}
Ñóŧ báçłóféñ: ŧĥé báçłóféñ çĥéçķš đó ñóŧ áppłý.···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{medicine}
⚠ Recorded as not baclofen: the baclofen checks do not apply.</source>
        <translation>⟦{medicine}
⚠ Ŕéçóŕđéđ áš ñóŧ báçłóféñ: ŧĥé báçłóféñ çĥéçķš đó ñóŧ áppłý.···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{medicine}  (archived)</source>
        <translation>⟦{medicine}  (áŕçĥívéđ)···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{schedules} — {plan}</source>
        <translation>⟦{schedules} — {plan}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{stock} — reorder now</source>
        <translation>⟦{stock} — ŕéóŕđéŕ ñóŵ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{when} — {dates}</source>
        <translation>⟦{when} — {dates}·⟧</translation>
    </message>
</context>
<context>
    <name>ui.pages.plans</name>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>&amp;Add a plan…</source>
        <translation>⟦&amp;Ađđ á płáñ…···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>&amp;Steps</source>
        <translation>⟦&amp;Sŧépš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>&lt;b&gt;{plan}:&lt;/b&gt; {warning}</source>
        <translation>⟦&lt;b&gt;{plan}:&lt;/b&gt; {warning}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>&lt;p&gt;{warnings}&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;stopping#app-warning&apos;&gt;Why the app asks: reducing too quickly&lt;/a&gt;&lt;/p&gt;</source>
        <translation>⟦&lt;p&gt;{warnings}&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;stopping#app-warning&apos;&gt;Ŵĥý ŧĥé ápp ášķš: ŕéđúçíñğ ŧóó qúíçķłý&lt;/a&gt;&lt;/p&gt;············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>A plan belongs to a medicine: first add {name}&apos;s medicine on the Medicines page, then come back to add the plan.</source>
        <translation>⟦Á płáñ béłóñğš ŧó á méđíçíñé: fíŕšŧ áđđ {name}&apos;š méđíçíñé óñ ŧĥé Méđíçíñéš páğé, ŧĥéñ çómé báçķ ŧó áđđ ŧĥé płáñ.·································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>A&amp;rchive this plan</source>
        <translation>⟦Á&amp;rçĥívé ŧĥíš płáñ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Add a plan</source>
        <translation>⟦Áđđ á płáñ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Add a plan…</source>
        <translation>⟦Áđđ á płáñ…···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Archive the plan “{plan}”? It is no longer shown or checked; nothing is deleted, and Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>⟦Áŕçĥívé ŧĥé płáñ “{plan}”? Íŧ íš ñó łóñğéŕ šĥóŵñ óŕ çĥéçķéđ; ñóŧĥíñğ íš đéłéŧéđ, áñđ Éđíŧ &gt; Úñđó (Çŧŕł+Ž) bŕíñğš íŧ báçķ.··································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Archive the selected plan</source>
        <translation>⟦Áŕçĥívé ŧĥé šéłéçŧéđ płáñ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Archive this plan?</source>
        <translation>⟦Áŕçĥívé ŧĥíš płáñ?······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Ca&amp;lendar</source>
        <translation>⟦Çá&amp;léñđáŕ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Cha&amp;nge this plan…</source>
        <translation>⟦Çĥá&amp;nğé ŧĥíš płáñ…·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Change the selected plan</source>
        <translation>⟦Çĥáñğé ŧĥé šéłéçŧéđ płáñ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Char&amp;t</source>
        <translation>⟦Çĥáŕ&amp;t··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Check this plan</source>
        <translation>⟦Çĥéçķ ŧĥíš płáñ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Check-in {number} of {of} (answered): {what}.</source>
        <translation>⟦Çĥéçķ-íñ {number} óf {of} (áñšŵéŕéđ): {what}.·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Check-in {number} of {of} (not answered): {what}.</source>
        <translation>⟦Çĥéçķ-íñ {number} óf {of} (ñóŧ áñšŵéŕéđ): {what}.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Check-in {number} of {of}: {what}.</source>
        <translation>⟦Çĥéçķ-íñ {number} óf {of}: {what}.····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Dose plans: building up or lowering</source>
        <translation>⟦Đóšé płáñš: búíłđíñğ úp óŕ łóŵéŕíñğ············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>From</source>
        <translation>⟦Fŕóm··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Go to Medicines</source>
        <translation>⟦Ğó ŧó Méđíçíñéš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>No plan being followed sets today&apos;s doses.</source>
        <translation>⟦Ñó płáñ béíñğ fółłóŵéđ šéŧš ŧóđáý&apos;š đóšéš.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Nothing yet — no dose plan for {name}. When the doctor or nurse gives a plan for raising or lowering the dose, add it here exactly as written; the app checks it and shows it, and never makes one up.</source>
        <translation>⟦Ñóŧĥíñğ ýéŧ — ñó đóšé płáñ fóŕ {name}. Ŵĥéñ ŧĥé đóçŧóŕ óŕ ñúŕšé ğívéš á płáñ fóŕ ŕáíšíñğ óŕ łóŵéŕíñğ ŧĥé đóšé, áđđ íŧ ĥéŕé éxáçŧłý áš ŵŕíŧŧéñ; ŧĥé ápp çĥéçķš íŧ áñđ šĥóŵš íŧ, áñđ ñévéŕ máķéš óñé úp.···························································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Plan</source>
        <translation>⟦Płáñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Plan changed.</source>
        <translation>⟦Płáñ çĥáñğéđ.····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Plan saved. Its doses are reminded from now on if it is being followed.</source>
        <translation>⟦Płáñ šávéđ. Íŧš đóšéš áŕé ŕémíñđéđ fŕóm ñóŵ óñ íf íŧ íš béíñğ fółłóŵéđ.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Plan steps</source>
        <translation>⟦Płáñ šŧépš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>The plan as a table, a calendar or a chart</source>
        <translation>⟦Ŧĥé płáñ áš á ŧábłé, á çáłéñđáŕ óŕ á çĥáŕŧ·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Today&apos;s step: {mg} mg a day.</source>
        <translation>⟦Ŧóđáý&apos;š šŧép: {mg} mğ á đáý.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Total a day</source>
        <translation>⟦Ŧóŧáł á đáý····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Until</source>
        <translation>⟦Úñŧíł··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>building up</source>
        <translation>⟦búíłđíñğ úp····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>lowering</source>
        <translation>⟦łóŵéŕíñğ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>the plan {plan}</source>
        <translation>⟦ŧĥé płáñ {plan}···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>{mg} mg</source>
        <translation>⟦{mg} mğ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>{mg} mg   ← today</source>
        <translation>⟦{mg} mğ   ← ŧóđáý···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>{plan} ({kind})</source>
        <translation>⟦{plan} ({kind})·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>{plan} ({kind}) — not followed</source>
        <translation>⟦{plan} ({kind}) — ñóŧ fółłóŵéđ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>{today} {after} Plans are shown as the clinician wrote them. Reminders follow the plan being followed: each step&apos;s doses at the times it lists, until the next step starts; after the last step, what the plan says (keep its doses, or stop). Questions about a plan: talk to your doctor or nurse.</source>
        <translation>⟦{today} {after} Płáñš áŕé šĥóŵñ áš ŧĥé çłíñíçíáñ ŵŕóŧé ŧĥém. Ŕémíñđéŕš fółłóŵ ŧĥé płáñ béíñğ fółłóŵéđ: éáçĥ šŧép&apos;š đóšéš áŧ ŧĥé ŧíméš íŧ łíšŧš, úñŧíł ŧĥé ñéxŧ šŧép šŧáŕŧš; áfŧéŕ ŧĥé łášŧ šŧép, ŵĥáŧ ŧĥé płáñ šáýš (ķéép íŧš đóšéš, óŕ šŧóp). Qúéšŧíóñš ábóúŧ á płáñ: ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé.······················································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>“{plan}”: {words}</source>
        <translation>⟦“{plan}”: {words}·⟧</translation>
    </message>
</context>
<context>
    <name>ui.pages.reports</name>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>&amp;Questions for the doctor or nurse (kept until you change them; they go on the summary):</source>
        <translation>⟦&amp;Qúéšŧíóñš fóŕ ŧĥé đóçŧóŕ óŕ ñúŕšé (ķépŧ úñŧíł ýóú çĥáñğé ŧĥém; ŧĥéý ğó óñ ŧĥé šúmmáŕý):···························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>An appointment summary to show or give to the doctor or nurse: medicines and doses, the diary, side effects, danger signs, the dose plan, and your questions.</source>
        <translation>⟦Áñ áppóíñŧméñŧ šúmmáŕý ŧó šĥóŵ óŕ ğívé ŧó ŧĥé đóçŧóŕ óŕ ñúŕšé: méđíçíñéš áñđ đóšéš, ŧĥé đíáŕý, šíđé éfféçŧš, đáñğéŕ šíğñš, ŧĥé đóšé płáñ, áñđ ýóúŕ qúéšŧíóñš.··················································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>At most {days} days: a year and a day, so a yearly review fits. The summary is for one appointment; the whole history is in the export.</source>
        <translation>⟦Áŧ móšŧ {days} đáýš: á ýéáŕ áñđ á đáý, šó á ýéáŕłý ŕévíéŵ fíŧš. Ŧĥé šúmmáŕý íš fóŕ óñé áppóíñŧméñŧ; ŧĥé ŵĥółé ĥíšŧóŕý íš íñ ŧĥé éxpóŕŧ.·······································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>First day of the summary</source>
        <translation>⟦Fíŕšŧ đáý óf ŧĥé šúmmáŕý········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>For example: The spasms at night are worse since the dose went down. Should we wait or change the plan?</source>
        <translation>⟦Fóŕ éxámpłé: Ŧĥé špášmš áŧ ñíğĥŧ áŕé ŵóŕšé šíñçé ŧĥé đóšé ŵéñŧ đóŵñ. Šĥóúłđ ŵé ŵáíŧ óŕ çĥáñğé ŧĥé płáñ?································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>P&amp;rint…</source>
        <translation>⟦P&amp;ríñŧ…··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Peri&amp;od:</source>
        <translation>⟦Péŕí&amp;ođ:··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Period of the summary</source>
        <translation>⟦Péŕíóđ óf ŧĥé šúmmáŕý·······⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Preparing the summary of %n days…</source>
        <extracomment>English singular: Preparing the summary of %n day…</extracomment>
        <translation>
            <numerusform>⟦Pŕépáŕíñğ ŧĥé šúmmáŕý óf %n đáý…··········⟧</numerusform>
            <numerusform>⟦Pŕépáŕíñğ ŧĥé šúmmáŕý óf %n đáýš…··········⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Print pre&amp;view…</source>
        <translation>⟦Pŕíñŧ pŕé&amp;víéŵ…····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Print preview of the summary</source>
        <translation>⟦Pŕíñŧ pŕévíéŵ óf ŧĥé šúmmáŕý··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Print the appointment summary</source>
        <translation>⟦Pŕíñŧ ŧĥé áppóíñŧméñŧ šúmmáŕý··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Print the summary</source>
        <translation>⟦Pŕíñŧ ŧĥé šúmmáŕý······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Questions for the doctor or nurse</source>
        <translation>⟦Qúéšŧíóñš fóŕ ŧĥé đóçŧóŕ óŕ ñúŕšé···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Reports</source>
        <translation>⟦Ŕépóŕŧš···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Save as P&amp;DF…</source>
        <translation>⟦Šávé áš P&amp;DF…···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Save the appointment summary as PDF</source>
        <translation>⟦Šávé ŧĥé áppóíñŧméñŧ šúmmáŕý áš PĐF············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Save the summary as a PDF file</source>
        <translation>⟦Šávé ŧĥé šúmmáŕý áš á PĐF fíłé··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Saved the appointment summary as {path}</source>
        <translation>⟦Šávéđ ŧĥé áppóíñŧméñŧ šúmmáŕý áš {path}···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Sent the appointment summary to the printer.</source>
        <translation>⟦Šéñŧ ŧĥé áppóíñŧméñŧ šúmmáŕý ŧó ŧĥé pŕíñŧéŕ.···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Since a date (the last appointment)</source>
        <translation>⟦Šíñçé á đáŧé (ŧĥé łášŧ áppóíñŧméñŧ)···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Summary</source>
        <translation>⟦Šúmmáŕý···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>The appointment summary</source>
        <translation>⟦Ŧĥé áppóíñŧméñŧ šúmmáŕý········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>The questions are too long to keep: at most {most} characters (now {now}). Shorten them; nothing else is lost.</source>
        <translation>⟦Ŧĥé qúéšŧíóñš áŕé ŧóó łóñğ ŧó ķéép: áŧ móšŧ {most} çĥáŕáçŧéŕš (ñóŵ {now}). Šĥóŕŧéñ ŧĥém; ñóŧĥíñğ éłšé íš łóšŧ.······························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>The summary could not be made.</source>
        <translation>⟦Ŧĥé šúmmáŕý çóúłđ ñóŧ bé máđé.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Your questions could not be saved ({why}). They are still here.</source>
        <translation>⟦Ýóúŕ qúéšŧíóñš çóúłđ ñóŧ bé šávéđ ({why}). Ŧĥéý áŕé šŧíłł ĥéŕé.··················⟧</translation>
    </message>
</context>
<context>
    <name>ui.pages.today</name>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>&amp;Not taken (missed)</source>
        <translation>⟦&amp;Nóŧ ŧáķéñ (míššéđ)·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>&amp;Skip on purpose…</source>
        <translation>⟦&amp;Sķíp óñ púŕpóšé…·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>&amp;Taken now</source>
        <translation>⟦&amp;Táķéñ ñóŵ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Answer the &amp;check-in…</source>
        <translation>⟦Áñšŵéŕ ŧĥé &amp;cĥéçķ-íñ…······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Answer the check-in</source>
        <translation>⟦Áñšŵéŕ ŧĥé çĥéçķ-íñ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Answer yesterday&apos;s &amp;check-in…</source>
        <translation>⟦Áñšŵéŕ ýéšŧéŕđáý&apos;š &amp;cĥéçķ-íñ…·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>As needed: log {medicine} {dose} mg now…</source>
        <translation>⟦Áš ñééđéđ: łóğ {medicine} {dose} mğ ñóŵ…······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Dose</source>
        <translation>⟦Đóšé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Dose histor&amp;y</source>
        <translation>⟦Đóšé ĥíšŧóŕ&amp;y····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Dose-change check-in</source>
        <translation>⟦Đóšé-çĥáñğé çĥéçķ-íñ·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Go to Medicines</source>
        <translation>⟦Ğó ŧó Méđíçíñéš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Keys on this tab: T taken now, A taken at, S skip, N not taken. Ctrl+Z undoes the last answer.</source>
        <translation>⟦Ķéýš óñ ŧĥíš ŧáb: Ŧ ŧáķéñ ñóŵ, Á ŧáķéñ áŧ, Š šķíp, Ñ ñóŧ ŧáķéñ. Çŧŕł+Ž úñđóéš ŧĥé łášŧ áñšŵéŕ.···························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Log an as-needed dose of {medicine}</source>
        <translation>⟦Łóğ áñ áš-ñééđéđ đóšé óf {medicine}········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Logged {dose}. {today} Undo (Ctrl+Z) takes it back.</source>
        <translation>⟦Łóğğéđ {dose}. {today} Úñđó (Çŧŕł+Ž) ŧáķéš íŧ báçķ.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Medicine</source>
        <translation>⟦Méđíçíñé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Not listed today: {times}. That time was added after it had passed today, so it was never reminded; it is listed from the next time it comes. If a dose was given then, the dose history can be used to record it.</source>
        <translation>⟦Ñóŧ łíšŧéđ ŧóđáý: {times}. Ŧĥáŧ ŧímé ŵáš áđđéđ áfŧéŕ íŧ ĥáđ páššéđ ŧóđáý, šó íŧ ŵáš ñévéŕ ŕémíñđéđ; íŧ íš łíšŧéđ fŕóm ŧĥé ñéxŧ ŧímé íŧ çóméš. Íf á đóšé ŵáš ğívéñ ŧĥéñ, ŧĥé đóšé ĥíšŧóŕý çáñ bé úšéđ ŧó ŕéçóŕđ íŧ.······························································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Not saved</source>
        <translation>⟦Ñóŧ šávéđ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Not taken, missed</source>
        <translation>⟦Ñóŧ ŧáķéñ, míššéđ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Nothing was logged for {medicine}.</source>
        <translation>⟦Ñóŧĥíñğ ŵáš łóğğéđ fóŕ {medicine}.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Nothing yet — no medicines for {name}. Add a medicine and when it is taken on the Medicines page, and today&apos;s doses will appear here.</source>
        <translation>⟦Ñóŧĥíñğ ýéŧ — ñó méđíçíñéš fóŕ {name}. Áđđ á méđíçíñé áñđ ŵĥéñ íŧ íš ŧáķéñ óñ ŧĥé Méđíçíñéš páğé, áñđ ŧóđáý&apos;š đóšéš ŵíłł áppéáŕ ĥéŕé.·······································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Notices</source>
        <translation>⟦Ñóŧíçéš···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Recorded {doses} as {answer}. Undo (Ctrl+Z) takes the answer back.</source>
        <translation>⟦Ŕéçóŕđéđ {doses} áš {answer}. Úñđó (Çŧŕł+Ž) ŧáķéš ŧĥé áñšŵéŕ báçķ.···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Skip on purpose</source>
        <translation>⟦Šķíp óñ púŕpóšé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>State</source>
        <translation>⟦Šŧáŧé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>T: taken now. A: taken at a time. S: skip on purpose. N: not taken.</source>
        <translation>⟦Ŧ: ŧáķéñ ñóŵ. Á: ŧáķéñ áŧ á ŧímé. Š: šķíp óñ púŕpóšé. Ñ: ñóŧ ŧáķéñ.··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Taken &amp;at…</source>
        <translation>⟦Ŧáķéñ &amp;aŧ…··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Taken at</source>
        <translation>⟦Ŧáķéñ áŧ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Taken now</source>
        <translation>⟦Ŧáķéñ ñóŵ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>The selected dose is not given, on purpose; you can say why (S)</source>
        <translation>⟦Ŧĥé šéłéçŧéđ đóšé íš ñóŧ ğívéñ, óñ púŕpóšé; ýóú çáñ šáý ŵĥý (Š)···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>The selected dose was not taken: forgotten or missed (N)</source>
        <translation>⟦Ŧĥé šéłéçŧéđ đóšé ŵáš ñóŧ ŧáķéñ: fóŕğóŧŧéñ óŕ míššéđ (Ñ)··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>The selected dose was taken at a time you give (A)</source>
        <translation>⟦Ŧĥé šéłéçŧéđ đóšé ŵáš ŧáķéñ áŧ á ŧímé ýóú ğívé (Á)···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>The selected dose was taken just now (T)</source>
        <translation>⟦Ŧĥé šéłéçŧéđ đóšé ŵáš ŧáķéñ júšŧ ñóŵ (Ŧ)············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Time</source>
        <translation>⟦Ŧímé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Times not listed today</source>
        <translation>⟦Ŧíméš ñóŧ łíšŧéđ ŧóđáý········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Today</source>
        <translation>⟦Ŧóđáý··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Today or dose history</source>
        <translation>⟦Ŧóđáý óŕ đóšé ĥíšŧóŕý·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Today&apos;s &amp;doses</source>
        <translation>⟦Ŧóđáý&apos;š &amp;dóšéš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Today&apos;s doses</source>
        <translation>⟦Ŧóđáý&apos;š đóšéš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Tomorrow&apos;s first dose</source>
        <translation>⟦Ŧómóŕŕóŵ&apos;š fíŕšŧ đóšé·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Tomorrow&apos;s first dose: {day} {time} — {medicine} {dose}</source>
        <translation>⟦Ŧómóŕŕóŵ&apos;š fíŕšŧ đóšé: {day} {time} — {medicine} {dose}·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Yesterday&apos;s check-in was not answered ({checkin}): you can still answer it today.</source>
        <translation>⟦Ýéšŧéŕđáý&apos;š çĥéçķ-íñ ŵáš ñóŧ áñšŵéŕéđ ({checkin}): ýóú çáñ šŧíłł áñšŵéŕ íŧ ŧóđáý.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>log {dose}</source>
        <translation>⟦łóğ {dose}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>not taken</source>
        <translation>⟦ñóŧ ŧáķéñ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>skipped</source>
        <translation>⟦šķíppéđ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>taken at</source>
        <translation>⟦ŧáķéñ áŧ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>taken at {time}</source>
        <translation>⟦ŧáķéñ áŧ {time}···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>taken now</source>
        <translation>⟦ŧáķéñ ñóŵ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{answer}: {doses}</source>
        <translation>⟦{answer}: {doses}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{checkin} — answered today.</source>
        <translation>⟦{checkin} — áñšŵéŕéđ ŧóđáý.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{checkin} — answered today; danger sign recorded: {signs}.</source>
        <translation>⟦{checkin} — áñšŵéŕéđ ŧóđáý; đáñğéŕ šíğñ ŕéçóŕđéđ: {signs}.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{checkin} — waiting for an answer.</source>
        <translation>⟦{checkin} — ŵáíŧíñğ fóŕ áñ áñšŵéŕ.·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} as needed today</source>
        <translation>⟦{medicine} áš ñééđéđ ŧóđáý·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} at {time}</source>
        <translation>⟦{medicine} áŧ {time}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} {dose} (due {time})</source>
        <translation>⟦{medicine} {dose} (đúé {time})·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} {dose} mg at now (as needed)</source>
        <translation>⟦{medicine} {dose} mğ áŧ ñóŵ (áš ñééđéđ)······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} {dose} mg at {time} (as needed)</source>
        <translation>⟦{medicine} {dose} mğ áŧ {time} (áš ñééđéđ)·····⟧</translation>
    </message>
</context>
<context>
    <name>ui.people</name>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source> days</source>
        <translation> ⟦đáýš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Add…</source>
        <translation>⟦&amp;Ađđ…·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Date of birth</source>
        <translation>⟦&amp;Dáŧé óf bíŕŧĥ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Edit…</source>
        <translation>⟦&amp;Eđíŧ…·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Emergency contact</source>
        <translation>⟦&amp;Eméŕğéñçý çóñŧáçŧ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Kidneys</source>
        <translation>⟦&amp;Kíđñéýš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Name</source>
        <translation>⟦&amp;Námé·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Prescriber / clinic</source>
        <translation>⟦&amp;Pŕéšçŕíbéŕ / çłíñíç······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Restore</source>
        <translation>⟦&amp;Réšŧóŕé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>A&amp;rchive</source>
        <translation>⟦Á&amp;rçĥívé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>About the age</source>
        <translation>⟦Ábóúŧ ŧĥé áğé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Add a person</source>
        <translation>⟦Áđđ á péŕšóñ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Anything useful, up to {count} characters.</source>
        <translation>⟦Áñýŧĥíñğ úšéfúł, úp ŧó {count} çĥáŕáçŧéŕš.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Archive or restore the selected person</source>
        <translation>⟦Áŕçĥívé óŕ ŕéšŧóŕé ŧĥé šéłéçŧéđ péŕšóñ·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Archive this person?</source>
        <translation>⟦Áŕçĥívé ŧĥíš péŕšóñ?·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Archive {name}</source>
        <translation>⟦Áŕçĥívé {name}···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Archive {name}? Their reminders stop and they leave the lists, but all their history is kept. You can restore them here, or undo with Ctrl+Z.</source>
        <translation>⟦Áŕçĥívé {name}? Ŧĥéíŕ ŕémíñđéŕš šŧóp áñđ ŧĥéý łéávé ŧĥé łíšŧš, búŧ áłł ŧĥéíŕ ĥíšŧóŕý íš ķépŧ. Ýóú çáñ ŕéšŧóŕé ŧĥém ĥéŕé, óŕ úñđó ŵíŧĥ Çŧŕł+Ž.··········································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Check-&amp;ins after a dose change</source>
        <translation>⟦Çĥéçķ-&amp;iñš áfŧéŕ á đóšé çĥáñğé·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Check-in &amp;time</source>
        <translation>⟦Çĥéçķ-íñ &amp;tímé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Close</source>
        <translation>⟦Çłóšé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Date of birth</source>
        <translation>⟦Đáŧé óf bíŕŧĥ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Edit person</source>
        <translation>⟦Éđíŧ péŕšóñ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Edit the selected person</source>
        <translation>⟦Éđíŧ ŧĥé šéłéçŧéđ péŕšóñ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Everyone you look after. Archiving hides a person from the lists but keeps their history; you can restore them at any time.</source>
        <translation>⟦Évéŕýóñé ýóú łóóķ áfŧéŕ. Áŕçĥívíñğ ĥíđéš á péŕšóñ fŕóm ŧĥé łíšŧš búŧ ķéépš ŧĥéíŕ ĥíšŧóŕý; ýóú çáñ ŕéšŧóŕé ŧĥém áŧ áñý ŧímé.········································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>HH:MM (empty: with the last dose of the day)</source>
        <translation>⟦ĤĤ:MM (émpŧý: ŵíŧĥ ŧĥé łášŧ đóšé óf ŧĥé đáý)·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Kidney function is reduced</source>
        <translation>⟦Ķíđñéý fúñçŧíóñ íš ŕéđúçéđ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>N&amp;otes</source>
        <translation>⟦Ñ&amp;oŧéš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>No check-ins</source>
        <translation>⟦Ñó çĥéçķ-íñš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Not saved</source>
        <translation>⟦Ñóŧ šávéđ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Optional. A date like {example}, chosen on the calendar, or just the year (1956) if that is all you know.</source>
        <translation>⟦Ópŧíóñáł. Á đáŧé łíķé {example}, çĥóšéñ óñ ŧĥé çáłéñđáŕ, óŕ júšŧ ŧĥé ýéáŕ (1956) íf ŧĥáŧ íš áłł ýóú ķñóŵ.···························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>People</source>
        <translation>⟦Péópłé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>People cared for</source>
        <translation>⟦Péópłé çáŕéđ fóŕ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Restore {name}</source>
        <translation>⟦Ŕéšŧóŕé {name}···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>The name shown on every screen, for example &apos;Mum&apos; or &apos;Alex Smith&apos;.</source>
        <translation>⟦Ŧĥé ñámé šĥóŵñ óñ évéŕý šçŕééñ, fóŕ éxámpłé &apos;Múm&apos; óŕ &apos;Áłéx Šmíŧĥ&apos;.····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>When the daily check-in comes. Empty: with the person&apos;s last dose of the day (20:00 without one).</source>
        <translation>⟦Ŵĥéñ ŧĥé đáíłý çĥéçķ-íñ çóméš. Émpŧý: ŵíŧĥ ŧĥé péŕšóñ&apos;š łášŧ đóšé óf ŧĥé đáý (20:00 ŵíŧĥóúŧ óñé).····························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Who to call, and their number</source>
        <translation>⟦Ŵĥó ŧó çáłł, áñđ ŧĥéíŕ ñúmbéŕ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>e.g. Dr Lee, Neurology clinic, 01234 567890</source>
        <translation>⟦é.ğ. Đŕ Łéé, Ñéúŕółóğý çłíñíç, 01234 567890·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>{name}   (archived)</source>
        <translation>⟦{name}   (áŕçĥívéđ)···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>{problem} Or leave it empty.</source>
        <translation>⟦{problem} Óŕ łéávé íŧ émpŧý.······⟧</translation>
    </message>
</context>
<context>
    <name>ui.plan_dialog</name>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Add a step</source>
        <translation>⟦&amp;Ađđ á šŧép···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Kind</source>
        <translation>⟦&amp;Kíñđ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Medicine</source>
        <translation>⟦&amp;Méđíçíñé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Remove the selected step</source>
        <translation>⟦&amp;Rémóvé ŧĥé šéłéçŧéđ šŧép········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Times of day</source>
        <translation>⟦&amp;Tíméš óf đáý····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Where it comes from</source>
        <translation>⟦&amp;Wĥéŕé íŧ çóméš fŕóm······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>A time of day is there twice.</source>
        <translation>⟦Á ŧímé óf đáý íš ŧĥéŕé ŧŵíçé.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Add a dose plan for {name}</source>
        <translation>⟦Áđđ á đóšé płáñ fóŕ {name}······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>After the last step:</source>
        <translation>⟦Áfŧéŕ ŧĥé łášŧ šŧép:······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Change a dose plan for {name}</source>
        <translation>⟦Çĥáñğé á đóšé płáñ fóŕ {name}·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Checks on this plan</source>
        <translation>⟦Çĥéçķš óñ ŧĥíš płáñ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Days</source>
        <translation>⟦Đáýš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Each row is one step: the first day, how many days, and the dose in mg at each time of day (0 for none). Arrow keys move between cells; Tab leaves the table.</source>
        <translation>⟦Éáçĥ ŕóŵ íš óñé šŧép: ŧĥé fíŕšŧ đáý, ĥóŵ máñý đáýš, áñđ ŧĥé đóšé íñ mğ áŧ éáçĥ ŧímé óf đáý (0 fóŕ ñóñé). Áŕŕóŵ ķéýš móvé béŧŵééñ çéłłš; Ŧáb łéávéš ŧĥé ŧábłé.··············································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Enter the plan exactly as the doctor or nurse wrote it. The app checks it and shows it; it never changes it.</source>
        <translation>⟦Éñŧéŕ ŧĥé płáñ éxáçŧłý áš ŧĥé đóçŧóŕ óŕ ñúŕšé ŵŕóŧé íŧ. Ŧĥé ápp çĥéçķš íŧ áñđ šĥóŵš íŧ; íŧ ñévéŕ çĥáñğéš íŧ.··································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Follow this plan instead?</source>
        <translation>⟦Fółłóŵ ŧĥíš płáñ íñšŧéáđ?········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>For a plan written like “10 mg three times a day”: one dose column, given at each time of day</source>
        <translation>⟦Fóŕ á płáñ ŵŕíŧŧéñ łíķé “10 mğ ŧĥŕéé ŧíméš á đáý”: óñé đóšé çółúmñ, ğívéñ áŧ éáçĥ ŧímé óf đáý···························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>For example: letter from Dr Lee, 20 November</source>
        <translation>⟦Fóŕ éxámpłé: łéŧŧéŕ fŕóm Đŕ Łéé, 20 Ñóvémbéŕ·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>For: {name}</source>
        <translation>⟦Fóŕ: {name}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>From</source>
        <translation>⟦Fŕóm··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Keep &amp;giving the last step&apos;s doses</source>
        <translation>⟦Ķéép &amp;gívíñğ ŧĥé łášŧ šŧép&apos;š đóšéš··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Plan &amp;name</source>
        <translation>⟦Płáñ &amp;námé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Plan steps</source>
        <translation>⟦Płáñ šŧépš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Please check this plan</source>
        <translation>⟦Płéášé çĥéçķ ŧĥíš płáñ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Please check: {warnings}</source>
        <translation>⟦Płéášé çĥéçķ: {warnings}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Please enter at least one time of day, like 08:00.</source>
        <translation>⟦Płéášé éñŧéŕ áŧ łéášŧ óñé ŧímé óf đáý, łíķé 08:00.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Same dose at &amp;every time (enter the dose once for each step)</source>
        <translation>⟦Šámé đóšé áŧ &amp;evéŕý ŧímé (éñŧéŕ ŧĥé đóšé óñçé fóŕ éáçĥ šŧép)··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Ste&amp;ps, one row each: the first day (like {example} or 2026-12-01), how many days, and the mg at each time (0 for none):</source>
        <translation>⟦Šŧé&amp;pš, óñé ŕóŵ éáçĥ: ŧĥé fíŕšŧ đáý (łíķé {example} óŕ 2026-12-01), ĥóŵ máñý đáýš, áñđ ŧĥé mğ áŧ éáçĥ ŧímé (0 fóŕ ñóñé):···························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Step {step}: please enter the dose at {time} in mg (0 for none).</source>
        <translation>⟦Šŧép {step}: płéášé éñŧéŕ ŧĥé đóšé áŧ {time} íñ mğ (0 fóŕ ñóñé).··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Step {step}: the first day</source>
        <translation>⟦Šŧép {step}: ŧĥé fíŕšŧ đáý······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Step {step}: the first day must be a date like {example}.</source>
        <translation>⟦Šŧép {step}: ŧĥé fíŕšŧ đáý múšŧ bé á đáŧé łíķé {example}.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Step {step}: the number of days must be a whole number.</source>
        <translation>⟦Šŧép {step}: ŧĥé ñúmbéŕ óf đáýš múšŧ bé á ŵĥółé ñúmbéŕ.···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Then st&amp;op: no more doses</source>
        <translation>⟦Ŧĥéñ šŧ&amp;op: ñó móŕé đóšéš·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>This plan is being followed now: reminders give its doses</source>
        <translation>⟦Ŧĥíš płáñ íš béíñğ fółłóŵéđ ñóŵ: ŕémíñđéŕš ğívé íŧš đóšéš···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Total a day, step by step: {steps}</source>
        <translation>⟦Ŧóŧáł á đáý, šŧép bý šŧép: {steps}········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Total a day, step by step: {steps} → then stop</source>
        <translation>⟦Ŧóŧáł á đáý, šŧép bý šŧép: {steps} → ŧĥéñ šŧóp···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Total a day, step by step: {steps} → then the last step&apos;s doses carry on until the plan is changed</source>
        <translation>⟦Ŧóŧáł á đáý, šŧép bý šŧép: {steps} → ŧĥéñ ŧĥé łášŧ šŧép&apos;š đóšéš çáŕŕý óñ úñŧíł ŧĥé płáñ íš çĥáñğéđ···························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>What happens after the last step? Please choose below: keep its doses, or stop.</source>
        <translation>⟦Ŵĥáŧ ĥáppéñš áfŧéŕ ŧĥé łášŧ šŧép? Płéášé çĥóóšé béłóŵ: ķéép íŧš đóšéš, óŕ šŧóp.·························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>e.g. {times}</source>
        <translation>⟦é.ğ. {times}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>mg at each time ({times})</source>
        <translation>⟦mğ áŧ éáçĥ ŧímé ({times})·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>mg at {time}</source>
        <translation>⟦mğ áŧ {time}··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>{medicine} (archived)</source>
        <translation>⟦{medicine} (áŕçĥívéđ)···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>{medicine} (pump)</source>
        <translation>⟦{medicine} (púmp)··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>{mg} mg</source>
        <translation>⟦{mg} mğ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>{warnings}

Save the plan as written anyway?</source>
        <translation>⟦{warnings}

Šávé ŧĥé płáñ áš ŵŕíŧŧéñ áñýŵáý?··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>“{plan}” is being followed for this medicine now. Only one plan can set the reminders: stop following “{plan}” (it stays on the Plans page) and follow this one?</source>
        <translation>⟦“{plan}” íš béíñğ fółłóŵéđ fóŕ ŧĥíš méđíçíñé ñóŵ. Óñłý óñé płáñ çáñ šéŧ ŧĥé ŕémíñđéŕš: šŧóp fółłóŵíñğ “{plan}” (íŧ šŧáýš óñ ŧĥé Płáñš páğé) áñđ fółłóŵ ŧĥíš óñé?·············································⟧</translation>
    </message>
</context>
<context>
    <name>ui.plan_views</name>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>Days of the month</source>
        <translation>⟦Đáýš óf ŧĥé móñŧĥ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>Next month</source>
        <translation>⟦Ñéxŧ móñŧĥ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>Plan calendar</source>
        <translation>⟦Płáñ çáłéñđáŕ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>Plan chart: mg a day over time</source>
        <translation>⟦Płáñ çĥáŕŧ: mğ á đáý óvéŕ ŧímé·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>Previous month</source>
        <translation>⟦Pŕévíóúš móñŧĥ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>Shaded, bold: a day of a plan&apos;s step. Green, italic and underlined: a day with a dose-change check-in.</source>
        <translation>⟦Šĥáđéđ, bółđ: á đáý óf á płáñ&apos;š šŧép. Ğŕééñ, íŧáłíç áñđ úñđéŕłíñéđ: á đáý ŵíŧĥ á đóšé-çĥáñğé çĥéçķ-íñ.······························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>The chosen day&apos;s step</source>
        <translation>⟦Ŧĥé çĥóšéñ đáý&apos;š šŧép·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>from {start} to {end}: {mg} mg a day</source>
        <translation>⟦fŕóm {start} ŧó {end}: {mg} mğ á đáý·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>today</source>
        <translation>⟦ŧóđáý··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>{day}: no step of a plan.</source>
        <translation>⟦{day}: ñó šŧép óf á płáñ.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>{day}: no step starts or runs that day; the reminders carry on with the step from {start} ({mg} mg a day) of “{plan}”.</source>
        <translation>⟦{day}: ñó šŧép šŧáŕŧš óŕ ŕúñš ŧĥáŧ đáý; ŧĥé ŕémíñđéŕš çáŕŕý óñ ŵíŧĥ ŧĥé šŧép fŕóm {start} ({mg} mğ á đáý) óf “{plan}”.···························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>{day}: {mg} mg a day — step {step} of {steps} of “{plan}” (not followed: its doses are not reminded).</source>
        <translation>⟦{day}: {mg} mğ á đáý — šŧép {step} óf {steps} óf “{plan}” (ñóŧ fółłóŵéđ: íŧš đóšéš áŕé ñóŧ ŕémíñđéđ).···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>{day}: {mg} mg a day — step {step} of {steps} of “{plan}”.</source>
        <translation>⟦{day}: {mg} mğ á đáý — šŧép {step} óf {steps} óf “{plan}”.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>{mg} mg</source>
        <translation>⟦{mg} mğ·⟧</translation>
    </message>
</context>
<context>
    <name>ui.printing</name>
    <message>
        <location filename="../src/caregiver_app/ui/printing.py"/>
        <source>Document</source>
        <translation>⟦Đóçúméñŧ···⟧</translation>
    </message>
</context>
<context>
    <name>ui.prompts</name>
    <message>
        <location filename="../src/caregiver_app/ui/prompts.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>⟦PĐF fíłéš (*.pđf)····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/prompts.py"/>
        <source>Which day this time means</source>
        <translation>⟦Ŵĥíçĥ đáý ŧĥíš ŧímé méáñš········⟧</translation>
    </message>
</context>
<context>
    <name>ui.red_flags</name>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>&amp;Close</source>
        <translation>⟦&amp;Cłóšé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>&lt;b&gt;Doctor / prescriber:&lt;/b&gt; none recorded (add one with People ▸ Edit this person).</source>
        <translation>⟦&lt;b&gt;Đóçŧóŕ / pŕéšçŕíbéŕ:&lt;/b&gt; ñóñé ŕéçóŕđéđ (áđđ óñé ŵíŧĥ Péópłé ▸ Éđíŧ ŧĥíš péŕšóñ).·······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>&lt;b&gt;Doctor / prescriber:&lt;/b&gt; {prescriber}</source>
        <translation>⟦&lt;b&gt;Đóçŧóŕ / pŕéšçŕíbéŕ:&lt;/b&gt; {prescriber}······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>&lt;b&gt;Emergency contact:&lt;/b&gt; none recorded (add one with People ▸ Edit this person).</source>
        <translation>⟦&lt;b&gt;Éméŕğéñçý çóñŧáçŧ:&lt;/b&gt; ñóñé ŕéçóŕđéđ (áđđ óñé ŵíŧĥ Péópłé ▸ Éđíŧ ŧĥíš péŕšóñ).·······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>&lt;b&gt;Emergency contact:&lt;/b&gt; {contact}</source>
        <translation>⟦&lt;b&gt;Éméŕğéñçý çóñŧáçŧ:&lt;/b&gt; {contact}······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>Danger sign recorded — act now</source>
        <translation>⟦Đáñğéŕ šíğñ ŕéçóŕđéđ — áçŧ ñóŵ··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>Danger sign — act now</source>
        <translation>⟦Đáñğéŕ šíğñ — áçŧ ñóŵ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>Open &amp;emergency signs</source>
        <translation>⟦Ópéñ &amp;eméŕğéñçý šíğñš·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>Opens the Information page on emergency signs</source>
        <translation>⟦Ópéñš ŧĥé Íñfóŕmáŧíóñ páğé óñ éméŕğéñçý šíğñš················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>Recorded for {name}: {signs}.</source>
        <translation>⟦Ŕéçóŕđéđ fóŕ {name}: {signs}.····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>This app does not give medical advice. If you are worried, call the doctor or the emergency number.</source>
        <translation>⟦Ŧĥíš ápp đóéš ñóŧ ğívé méđíçáł áđvíçé. Íf ýóú áŕé ŵóŕŕíéđ, çáłł ŧĥé đóçŧóŕ óŕ ŧĥé éméŕğéñçý ñúmbéŕ.································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>Ticked for {name}: {signs}. Act on it now; the diary entry is saved with it when you save.</source>
        <translation>⟦Ŧíçķéđ fóŕ {name}: {signs}. Áçŧ óñ íŧ ñóŵ; ŧĥé đíáŕý éñŧŕý íš šávéđ ŵíŧĥ íŧ ŵĥéñ ýóú šávé.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>this person</source>
        <translation>⟦ŧĥíš péŕšóñ····⟧</translation>
    </message>
</context>
<context>
    <name>ui.reminders</name>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>%n notices: see Today</source>
        <extracomment>English singular: %n notice: see Today</extracomment>
        <translation>
            <numerusform>⟦%n ñóŧíçé: šéé Ŧóđáý······⟧</numerusform>
            <numerusform>⟦%n ñóŧíçéš: šéé Ŧóđáý······⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>&amp;Not taken</source>
        <translation>⟦&amp;Nóŧ ŧáķéñ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>&amp;Skip…</source>
        <translation>⟦&amp;Sķíp…·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>&amp;Taken now</source>
        <translation>⟦&amp;Táķéñ ñóŵ···⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>(and %n earlier doses still to answer)</source>
        <extracomment>English singular: (and %n earlier dose still to answer)</extracomment>
        <translation>
            <numerusform>⟦(áñđ %n éáŕłíéŕ đóšé šŧíłł ŧó áñšŵéŕ)···········⟧</numerusform>
            <numerusform>⟦(áñđ %n éáŕłíéŕ đóšéš šŧíłł ŧó áñšŵéŕ)···········⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>&lt;b&gt;Do not double up.&lt;/b&gt; Never take 2 doses at once or an extra dose to make up for a missed one. If unsure, talk to your doctor or nurse. If the next dose is less than 2 hours away, leave the missed one out and take the next at the usual time.</source>
        <translation>⟦&lt;b&gt;Đó ñóŧ đóúbłé úp.&lt;/b&gt; Ñévéŕ ŧáķé 2 đóšéš áŧ óñçé óŕ áñ éxŧŕá đóšé ŧó máķé úp fóŕ á míššéđ óñé. Íf úñšúŕé, ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé. Íf ŧĥé ñéxŧ đóšé íš łéšš ŧĥáñ 2 ĥóúŕš áŵáý, łéávé ŧĥé míššéđ óñé óúŧ áñđ ŧáķé ŧĥé ñéxŧ áŧ ŧĥé úšúáł ŧímé.·······································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Baclofen should not be stopped suddenly: stopping it suddenly can cause withdrawal, such as hallucinations or seizures. If doses are being skipped (because of side effects, or for another reason), talk to your doctor or nurse.</source>
        <translation>⟦Báçłóféñ šĥóúłđ ñóŧ bé šŧóppéđ šúđđéñłý: šŧóppíñğ íŧ šúđđéñłý çáñ çáúšé ŵíŧĥđŕáŵáł, šúçĥ áš ĥáłłúçíñáŧíóñš óŕ šéížúŕéš. Íf đóšéš áŕé béíñğ šķíppéđ (béçáúšé óf šíđé éfféçŧš, óŕ fóŕ áñóŧĥéŕ ŕéášóñ), ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé.·········································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Caregiver Assistant: please act soon</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ: płéášé áçŧ šóóñ············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Check-in: how are things today?</source>
        <translation>⟦Çĥéçķ-íñ: ĥóŵ áŕé ŧĥíñğš ŧóđáý?··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Closing this window snoozes the reminder for 10 minutes.</source>
        <translation>⟦Çłóšíñğ ŧĥíš ŵíñđóŵ šñóóžéš ŧĥé ŕémíñđéŕ fóŕ 10 míñúŧéš.··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Decide &amp;later</source>
        <translation>⟦Đéçíđé &amp;láŧéŕ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Don&apos;t log</source>
        <translation>⟦Đóñ&apos;ŧ łóğ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Doses due now</source>
        <translation>⟦Đóšéš đúé ñóŵ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>If it was not taken: leave it out; take the next dose at the usual time.</source>
        <translation>⟦Íf íŧ ŵáš ñóŧ ŧáķéñ: łéávé íŧ óúŧ; ŧáķé ŧĥé ñéxŧ đóšé áŧ ŧĥé úšúáł ŧímé.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>If it was not taken: see the medicine&apos;s leaflet.</source>
        <translation>⟦Íf íŧ ŵáš ñóŧ ŧáķéñ: šéé ŧĥé méđíçíñé&apos;š łéáfłéŧ.···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>If it was not taken: take it now.</source>
        <translation>⟦Íf íŧ ŵáš ñóŧ ŧáķéñ: ŧáķé íŧ ñóŵ.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>It &amp;was taken</source>
        <translation>⟦Íŧ &amp;wáš ŧáķéñ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Log it</source>
        <translation>⟦Łóğ íŧ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Missed a dose: what to do</source>
        <translation>⟦Míššéđ á đóšé: ŵĥáŧ ŧó đó········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Missed dose guidance</source>
        <translation>⟦Míššéđ đóšé ğúíđáñçé·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Missed doses</source>
        <translation>⟦Míššéđ đóšéš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Missed doses — was it taken?</source>
        <translation>⟦Míššéđ đóšéš — ŵáš íŧ ŧáķéñ?········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Missed — was it taken?</source>
        <translation>⟦Míššéđ — ŵáš íŧ ŧáķéñ?······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Not saved</source>
        <translation>⟦Ñóŧ šávéđ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Reason (optional):</source>
        <translation>⟦Ŕéášóñ (ópŧíóñáł):······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Recorded as taken at its usual time</source>
        <translation>⟦Ŕéçóŕđéđ áš ŧáķéñ áŧ íŧš úšúáł ŧímé············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Skip this dose</source>
        <translation>⟦Šķíp ŧĥíš đóšé·····⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Snooze %n minutes</source>
        <extracomment>English singular: Snooze %n minute</extracomment>
        <translation>
            <numerusform>⟦Šñóóžé %n míñúŧé·····⟧</numerusform>
            <numerusform>⟦Šñóóžé %n míñúŧéš·····⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Snooze {minutes} min</source>
        <translation>⟦Šñóóžé {minutes} míñ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Taken &amp;at…</source>
        <translation>⟦Ŧáķéñ &amp;aŧ…··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>These doses came due while the app was closed, the computer was asleep, or reminders were paused. Please say what happened, so the record is right: tick the doses (Space), or select one, then choose an answer.</source>
        <translation>⟦Ŧĥéšé đóšéš çámé đúé ŵĥíłé ŧĥé ápp ŵáš çłóšéđ, ŧĥé çómpúŧéŕ ŵáš ášłéép, óŕ ŕémíñđéŕš ŵéŕé páúšéđ. Płéášé šáý ŵĥáŧ ĥáppéñéđ, šó ŧĥé ŕéçóŕđ íš ŕíğĥŧ: ŧíçķ ŧĥé đóšéš (Špáçé), óŕ šéłéçŧ óñé, ŧĥéñ çĥóóšé áñ áñšŵéŕ.·································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Tick the doses this answer is for (Space ticks or unticks). Never take 2 doses at once or an extra dose to make up for a missed one. If unsure, talk to your doctor or nurse.</source>
        <translation>⟦Ŧíçķ ŧĥé đóšéš ŧĥíš áñšŵéŕ íš fóŕ (Špáçé ŧíçķš óŕ úñŧíçķš). Ñévéŕ ŧáķé 2 đóšéš áŧ óñçé óŕ áñ éxŧŕá đóšé ŧó máķé úp fóŕ á míššéđ óñé. Íf úñšúŕé, ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé.····················································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Time for a dose</source>
        <translation>⟦Ŧímé fóŕ á đóšé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Time for a dose — Caregiver Assistant</source>
        <translation>⟦Ŧímé fóŕ á đóšé — Çáŕéğívéŕ Áššíšŧáñŧ············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>What time was it taken?</source>
        <translation>⟦Ŵĥáŧ ŧímé ŵáš íŧ ŧáķéñ?·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>What to do about the selected dose</source>
        <translation>⟦Ŵĥáŧ ŧó đó ábóúŧ ŧĥé šéłéçŧéđ đóšé···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>When was it taken?</source>
        <translation>⟦Ŵĥéñ ŵáš íŧ ŧáķéñ?······⟧</translation>
    </message>
</context>
<context>
    <name>ui.settings_dialog</name>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Language</source>
        <translation>⟦&amp;Láñğúáğé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Text size</source>
        <translation>⟦&amp;Téxŧ šížé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>A new language is used the next time Caregiver Assistant starts.</source>
        <translation>⟦Á ñéŵ łáñğúáğé íš úšéđ ŧĥé ñéxŧ ŧímé Çáŕéğívéŕ Áššíšŧáñŧ šŧáŕŧš.·····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Language</source>
        <translation>⟦Łáñğúáğé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Not available on this system.</source>
        <translation>⟦Ñóŧ áváíłábłé óñ ŧĥíš šýšŧém.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Play a sound with reminders</source>
        <translation>⟦Płáý á šóúñđ ŵíŧĥ ŕémíñđéŕš·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Reminder sound</source>
        <translation>⟦Ŕémíñđéŕ šóúñđ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Same as this computer ({language})</source>
        <translation>⟦Šámé áš ŧĥíš çómpúŧéŕ ({language})·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Settings</source>
        <translation>⟦Šéŧŧíñğš···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start Caregiver Assistant when I log in (so reminders come)</source>
        <translation>⟦Šŧáŕŧ Çáŕéğívéŕ Áššíšŧáñŧ ŵĥéñ Í łóğ íñ (šó ŕémíñđéŕš çómé)···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start at login</source>
        <translation>⟦Šŧáŕŧ áŧ łóğíñ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Text size</source>
        <translation>⟦Ŧéxŧ šížé···⟧</translation>
    </message>
</context>
<context>
    <name>ui.theme</name>
    <message>
        <location filename="../src/caregiver_app/ui/theme.py"/>
        <source>Extra large</source>
        <translation>⟦Éxŧŕá łáŕğé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/theme.py"/>
        <source>Large</source>
        <translation>⟦Łáŕğé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/theme.py"/>
        <source>Normal</source>
        <translation>⟦Ñóŕmáł··⟧</translation>
    </message>
</context>
<context>
    <name>ui.tray</name>
    <message>
        <location filename="../src/caregiver_app/ui/tray.py"/>
        <source>&amp;Open Caregiver Assistant</source>
        <translation>⟦&amp;Opéñ Çáŕéğívéŕ Áššíšŧáñŧ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/tray.py"/>
        <source>&amp;Pause reminders for 1 hour</source>
        <translation>⟦&amp;Páúšé ŕémíñđéŕš fóŕ 1 ĥóúŕ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/tray.py"/>
        <source>&amp;Quit (reminders stop)</source>
        <translation>⟦&amp;Qúíŧ (ŕémíñđéŕš šŧóp)······⟧</translation>
    </message>
</context>
<context>
    <name>ui.widgets</name>
    <message>
        <location filename="../src/caregiver_app/ui/widgets.py"/>
        <source>Undo</source>
        <translation>⟦Úñđó··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/widgets.py"/>
        <source>Undo what was just done</source>
        <translation>⟦Úñđó ŵĥáŧ ŵáš júšŧ đóñé········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/widgets.py"/>
        <source>What was just done</source>
        <translation>⟦Ŵĥáŧ ŵáš júšŧ đóñé······⟧</translation>
    </message>
</context>
</TS>
