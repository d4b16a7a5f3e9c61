<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>domain.answers</name>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>%n more allowed today (at most {most} a day), not before {time}.</source>
        <extracomment>English singular: %n more allowed today (at most {most} a day), not before {time}.</extracomment>
        <translation>
            <numerusform>⟦%n móŕé áłłóŵéđ ŧóđáý (áŧ móšŧ {most} á đáý), ñóŧ béfóŕé {time}.··············⟧</numerusform>
            <numerusform>⟦%n móŕé áłłóŵéđ ŧóđáý (áŧ móšŧ {most} á đáý), ñóŧ béfóŕé {time}.··············⟧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>%n more allowed today (at most {most} a day).</source>
        <extracomment>English singular: %n more allowed today (at most {most} a day).</extracomment>
        <translation>
            <numerusform>⟦%n móŕé áłłóŵéđ ŧóđáý (áŧ móšŧ {most} á đáý).··········⟧</numerusform>
            <numerusform>⟦%n móŕé áłłóŵéđ ŧóđáý (áŧ móšŧ {most} á đáý).··········⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>A dose of {name} is already logged at {time}, {span} ago.</source>
        <translation>⟦Á đóšé óf {name} íš áłŕéáđý łóğğéđ áŧ {time}, {span} áğó.···········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>A dose of {name} was logged at {time}, after this one was due: if that was this dose, answer “Taken at…” with its time instead.</source>
        <translation>⟦Á đóšé óf {name} ŵáš łóğğéđ áŧ {time}, áfŧéŕ ŧĥíš óñé ŵáš đúé: íf ŧĥáŧ ŵáš ŧĥíš đóšé, áñšŵéŕ “Ŧáķéñ áŧ…” ŵíŧĥ íŧš ŧímé íñšŧéáđ.··································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>Don&apos;t record it</source>
        <translation>⟦Đóñ&apos;ŧ ŕéçóŕđ íŧ·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>If that dose was this missed one, answer “Taken at…” with its time.</source>
        <translation>⟦Íf ŧĥáŧ đóšé ŵáš ŧĥíš míššéđ óñé, áñšŵéŕ “Ŧáķéñ áŧ…” ŵíŧĥ íŧš ŧímé.····················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>If this is the wrong dose, choose “Don&apos;t record it” and pick the right one.</source>
        <translation>⟦Íf ŧĥíš íš ŧĥé ŵŕóñğ đóšé, çĥóóšé “Đóñ&apos;ŧ ŕéçóŕđ íŧ” áñđ píçķ ŧĥé ŕíğĥŧ óñé.······················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>No more allowed today (at most {most} a day).</source>
        <translation>⟦Ñó móŕé áłłóŵéđ ŧóđáý (áŧ móšŧ {most} á đáý).···········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>None taken today.</source>
        <translation>⟦Ñóñé ŧáķéñ ŧóđáý.······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>Record it as not taken</source>
        <translation>⟦Ŕéçóŕđ íŧ áš ñóŧ ŧáķéñ·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>Record it as skipped</source>
        <translation>⟦Ŕéçóŕđ íŧ áš šķíppéđ·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>Record it as taken {span} early</source>
        <translation>⟦Ŕéçóŕđ íŧ áš ŧáķéñ {span} éáŕłý········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>Recorded as taken today, {day}, at {time}.</source>
        <translation>⟦Ŕéçóŕđéđ áš ŧáķéñ ŧóđáý, {day}, áŧ {time}.·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>Recorded as taken yesterday, {day}, at {time}: it is only {now} now, so {time} today has not come yet.</source>
        <translation>⟦Ŕéçóŕđéđ áš ŧáķéñ ýéšŧéŕđáý, {day}, áŧ {time}: íŧ íš óñłý {now} ñóŵ, šó {time} ŧóđáý ĥáš ñóŧ çómé ýéŧ.·······················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>So leave the missed dose out: do not take another dose now, and take the next dose at the usual time.</source>
        <translation>⟦Šó łéávé ŧĥé míššéđ đóšé óúŧ: đó ñóŧ ŧáķé áñóŧĥéŕ đóšé ñóŵ, áñđ ŧáķé ŧĥé ñéxŧ đóšé áŧ ŧĥé úšúáł ŧímé.·······························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>Taken so early?</source>
        <translation>⟦Ŧáķéñ šó éáŕłý?·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>Taken today at {times}.</source>
        <translation>⟦Ŧáķéñ ŧóđáý áŧ {times}.·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>This dose is not due yet</source>
        <translation>⟦Ŧĥíš đóšé íš ñóŧ đúé ýéŧ········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>this medicine</source>
        <translation>⟦ŧĥíš méđíçíñé·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>{times} and {last}</source>
        <translation>⟦{times} áñđ {last}·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>{time} on {day}</source>
        <translation>⟦{time} óñ {day}·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>{what} is due at {due}, but this records it as taken at {at}, {span} before its time.</source>
        <translation>⟦{what} íš đúé áŧ {due}, búŧ ŧĥíš ŕéçóŕđš íŧ áš ŧáķéñ áŧ {at}, {span} béfóŕé íŧš ŧímé.··················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>{what} is due at {due}, but this records it as taken now, {span} before its time.</source>
        <translation>⟦{what} íš đúé áŧ {due}, búŧ ŧĥíš ŕéçóŕđš íŧ áš ŧáķéñ ñóŵ, {span} béfóŕé íŧš ŧímé.··················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>{what} is due at {due}, {span} from now. Record it as not taken already?</source>
        <translation>⟦{what} íš đúé áŧ {due}, {span} fŕóm ñóŵ. Ŕéçóŕđ íŧ áš ñóŧ ŧáķéñ áłŕéáđý?················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>{what} is due at {due}, {span} from now. Record it as skipped already?</source>
        <translation>⟦{what} íš đúé áŧ {due}, {span} fŕóm ñóŵ. Ŕéçóŕđ íŧ áš šķíppéđ áłŕéáđý?···············⟧</translation>
    </message>
</context>
<context>
    <name>domain.diary</name>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>A check-in answer needs the day it was asked about.</source>
        <translation>⟦Á çĥéçķ-íñ áñšŵéŕ ñééđš ŧĥé đáý íŧ ŵáš ášķéđ ábóúŧ.················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>A check-in day needs the check-in it belongs to.</source>
        <translation>⟦Á çĥéçķ-íñ đáý ñééđš ŧĥé çĥéçķ-íñ íŧ béłóñğš ŧó.···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>A missed pump refill</source>
        <translation>⟦Á míššéđ púmp ŕéfíłł·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>A missed refill: call the doctor now, before the pump runs empty.</source>
        <translation>⟦Á míššéđ ŕéfíłł: çáłł ŧĥé đóçŧóŕ ñóŵ, béfóŕé ŧĥé púmp ŕúñš émpŧý.····················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>A seizure (fit)</source>
        <translation>⟦Á šéížúŕé (fíŧ)····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Alcohol or sedating medicines</source>
        <translation>⟦Áłçóĥół óŕ šéđáŧíñğ méđíçíñéš··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Also contact the doctor now about: {signs}.</source>
        <translation>⟦Áłšó çóñŧáçŧ ŧĥé đóçŧóŕ ñóŵ ábóúŧ: {signs}.···········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Call the emergency number now</source>
        <translation>⟦Çáłł ŧĥé éméŕğéñçý ñúmbéŕ ñóŵ··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Call the emergency number now: go to hospital at once</source>
        <translation>⟦Çáłł ŧĥé éméŕğéñçý ñúmbéŕ ñóŵ: ğó ŧó ĥóšpíŧáł áŧ óñçé·················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Call the emergency number straight away for a seizure, if the person is very hard to wake, or for slow or shallow breathing.</source>
        <translation>⟦Çáłł ŧĥé éméŕğéñçý ñúmbéŕ šŧŕáíğĥŧ áŵáý fóŕ á šéížúŕé, íf ŧĥé péŕšóñ íš véŕý ĥáŕđ ŧó ŵáķé, óŕ fóŕ šłóŵ óŕ šĥáłłóŵ bŕéáŧĥíñğ.········································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Confusion</source>
        <translation>⟦Çóñfúšíóñ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Constipation</source>
        <translation>⟦Çóñšŧípáŧíóñ·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Contact the doctor now</source>
        <translation>⟦Çóñŧáçŧ ŧĥé đóçŧóŕ ñóŵ········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Contact the doctor now about: {signs}. If it is severe, call the emergency number.</source>
        <translation>⟦Çóñŧáçŧ ŧĥé đóçŧóŕ ñóŵ ábóúŧ: {signs}. Íf íŧ íš šévéŕé, çáłł ŧĥé éméŕğéñçý ñúmbéŕ.·······················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Daily</source>
        <translation>⟦Đáíłý··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Dizziness</source>
        <translation>⟦Đížžíñéšš····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Drowsiness</source>
        <translation>⟦Đŕóŵšíñéšš····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Faintness</source>
        <translation>⟦Fáíñŧñéšš····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Fatigue</source>
        <translation>⟦Fáŧíğúé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Go to hospital at once</source>
        <translation>⟦Ğó ŧó ĥóšpíŧáł áŧ óñçé·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Hallucinations</source>
        <translation>⟦Ĥáłłúçíñáŧíóñš······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Headache</source>
        <translation>⟦Ĥéáđáçĥé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>High fever</source>
        <translation>⟦Ĥíğĥ févéŕ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>High fever, rigid muscles or sharply worse spasticity matter most after missed doses, running out, a lowered dose or a pump problem.</source>
        <translation>⟦Ĥíğĥ févéŕ, ŕíğíđ múšçłéš óŕ šĥáŕpłý ŵóŕšé špášŧíçíŧý máŧŧéŕ móšŧ áfŧéŕ míššéđ đóšéš, ŕúññíñğ óúŧ, á łóŵéŕéđ đóšé óŕ á púmp pŕóbłém.···········································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>How bad were the spasms in the last 24 hours? (only when there were spasms)</source>
        <translation>⟦Ĥóŵ báđ ŵéŕé ŧĥé špášmš íñ ŧĥé łášŧ 24 ĥóúŕš? (óñłý ŵĥéñ ŧĥéŕé ŵéŕé špášmš)······················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>How often were there spasms in the last 24 hours?</source>
        <translation>⟦Ĥóŵ ófŧéñ ŵéŕé ŧĥéŕé špášmš íñ ŧĥé łášŧ 24 ĥóúŕš?···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Infrequent full spasms, less than once an hour</source>
        <translation>⟦Íñfŕéqúéñŧ fúłł špášmš, łéšš ŧĥáñ óñçé áñ ĥóúŕ···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Insomnia</source>
        <translation>⟦Íñšómñíá···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Low blood pressure / faintness</source>
        <translation>⟦Łóŵ błóóđ pŕéššúŕé / fáíñŧñéšš··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Mild</source>
        <translation>⟦Míłđ··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Mild spasms only when stimulated</source>
        <translation>⟦Míłđ špášmš óñłý ŵĥéñ šŧímúłáŧéđ···········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Moderate</source>
        <translation>⟦Móđéŕáŧé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Monthly</source>
        <translation>⟦Móñŧĥłý···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>More than ten an hour</source>
        <translation>⟦Móŕé ŧĥáñ ŧéñ áñ ĥóúŕ·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>More than the prescribed dose matters most with alcohol or sedating medicines, or with kidney disease.</source>
        <translation>⟦Móŕé ŧĥáñ ŧĥé pŕéšçŕíbéđ đóšé máŧŧéŕš móšŧ ŵíŧĥ áłçóĥół óŕ šéđáŧíñğ méđíçíñéš, óŕ ŵíŧĥ ķíđñéý đíšéášé.··································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>More than the prescribed dose was taken</source>
        <translation>⟦Móŕé ŧĥáñ ŧĥé pŕéšçŕíbéđ đóšé ŵáš ŧáķéñ·············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Nausea</source>
        <translation>⟦Ñáúšéá··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>New itching</source>
        <translation>⟦Ñéŵ íŧçĥíñğ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>New or severe confusion</source>
        <translation>⟦Ñéŵ óŕ šévéŕé çóñfúšíóñ········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>No spasms</source>
        <translation>⟦Ñó špášmš···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Notes</source>
        <translation>⟦Ñóŧéš··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Other side effects</source>
        <translation>⟦Óŧĥéŕ šíđé éfféçŧš······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Pain</source>
        <translation>⟦Páíñ··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Pain (0–10)</source>
        <translation>⟦Páíñ (0–10)··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Pain: 0 no pain, 10 worst possible.</source>
        <translation>⟦Páíñ: 0 ñó páíñ, 10 ŵóŕšŧ póššíbłé.·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Please give the date and time of the entry.</source>
        <translation>⟦Płéášé ğívé ŧĥé đáŧé áñđ ŧímé óf ŧĥé éñŧŕý.··············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Rigid muscles</source>
        <translation>⟦Ŕíğíđ múšçłéš·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Severe</source>
        <translation>⟦Šévéŕé··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Sleep</source>
        <translation>⟦Šłéép··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Sleep (hours)</source>
        <translation>⟦Šłéép (ĥóúŕš)····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Slow or shallow breathing</source>
        <translation>⟦Šłóŵ óŕ šĥáłłóŵ bŕéáŧĥíñğ·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasm frequency</source>
        <translation>⟦Špášm fŕéqúéñçý······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasm frequency (Penn 0–4)</source>
        <translation>⟦Špášm fŕéqúéñçý (Péññ 0–4)·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasm severity</source>
        <translation>⟦Špášm šévéŕíŧý·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasm severity (Penn 1–3)</source>
        <translation>⟦Špášm šévéŕíŧý (Péññ 1–3)·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasm severity is only asked when there were spasms (frequency above 0); leave it empty or choose a frequency.</source>
        <translation>⟦Špášm šévéŕíŧý íš óñłý ášķéđ ŵĥéñ ŧĥéŕé ŵéŕé špášmš (fŕéqúéñçý ábóvé 0); łéávé íŧ émpŧý óŕ çĥóóšé á fŕéqúéñçý.···································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasms more than once an hour</source>
        <translation>⟦Špášmš móŕé ŧĥáñ óñçé áñ ĥóúŕ··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasticity</source>
        <translation>⟦Špášŧíçíŧý····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasticity (0–10)</source>
        <translation>⟦Špášŧíçíŧý (0–10)····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasticity sharply worse or coming back</source>
        <translation>⟦Špášŧíçíŧý šĥáŕpłý ŵóŕšé óŕ çómíñğ báçķ··············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Stretching / physiotherapy</source>
        <translation>⟦Šŧŕéŧçĥíñğ / pĥýšíóŧĥéŕápý·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The &apos;from&apos; date is after the &apos;to&apos; date.</source>
        <translation>⟦Ŧĥé &apos;fŕóm&apos; đáŧé íš áfŧéŕ ŧĥé &apos;ŧó&apos; đáŧé.···········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The check-in day {date} is not between 1900 and today.</source>
        <translation>⟦Ŧĥé çĥéçķ-íñ đáý {date} íš ñóŧ béŧŵééñ 1900 áñđ ŧóđáý.·············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The check-in this entry answers is not one the app knows.</source>
        <translation>⟦Ŧĥé çĥéçķ-íñ ŧĥíš éñŧŕý áñšŵéŕš íš ñóŧ óñé ŧĥé ápp ķñóŵš.··················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The date {date} is before the person&apos;s date of birth ({birth}).</source>
        <translation>⟦Ŧĥé đáŧé {date} íš béfóŕé ŧĥé péŕšóñ&apos;š đáŧé óf bíŕŧĥ ({birth}).··············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The day of the check-in must be a date.</source>
        <translation>⟦Ŧĥé đáý óf ŧĥé çĥéçķ-íñ múšŧ bé á đáŧé.············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The lowest score is above the highest.</source>
        <translation>⟦Ŧĥé łóŵéšŧ šçóŕé íš ábóvé ŧĥé ĥíğĥéšŧ.············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The number that best describes the spasticity in the last 24 hours: 0 none, 10 worst possible (usually scored at bedtime).</source>
        <translation>⟦Ŧĥé ñúmbéŕ ŧĥáŧ béšŧ đéšçŕíbéš ŧĥé špášŧíçíŧý íñ ŧĥé łášŧ 24 ĥóúŕš: 0 ñóñé, 10 ŵóŕšŧ póššíbłé (úšúáłłý šçóŕéđ áŧ béđŧímé).·····································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The pump&apos;s two-tone alarm</source>
        <translation>⟦Ŧĥé púmp&apos;š ŧŵó-ŧóñé áłáŕm········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The time {time} is in the future (after the end of today). Diary entries are for what has happened.</source>
        <translation>⟦Ŧĥé ŧímé {time} íš íñ ŧĥé fúŧúŕé (áfŧéŕ ŧĥé éñđ óf ŧóđáý). Đíáŕý éñŧŕíéš áŕé fóŕ ŵĥáŧ ĥáš ĥáppéñéđ.····························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>This person&apos;s record says their kidney function is reduced: say so when you call.</source>
        <translation>⟦Ŧĥíš péŕšóñ&apos;š ŕéçóŕđ šáýš ŧĥéíŕ ķíđñéý fúñçŧíóñ íš ŕéđúçéđ: šáý šó ŵĥéñ ýóú çáłł.··························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Times spasms woke them</source>
        <translation>⟦Ŧíméš špášmš ŵóķé ŧĥém········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Tingling</source>
        <translation>⟦Ŧíñğłíñğ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Unknown danger sign; choose from the list.</source>
        <translation>⟦Úñķñóŵñ đáñğéŕ šíğñ; çĥóóšé fŕóm ŧĥé łíšŧ.··············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Unknown score.</source>
        <translation>⟦Úñķñóŵñ šçóŕé.·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Unknown side effect.</source>
        <translation>⟦Úñķñóŵñ šíđé éfféçŧ.·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Unknown side effect; choose from the list.</source>
        <translation>⟦Úñķñóŵñ šíđé éfféçŧ; çĥóóšé fŕóm ŧĥé łíšŧ.··············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Urinary frequency</source>
        <translation>⟦Úŕíñáŕý fŕéqúéñçý······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Very hard to wake</source>
        <translation>⟦Véŕý ĥáŕđ ŧó ŵáķé······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Weakness</source>
        <translation>⟦Ŵéáķñéšš···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Weekly</source>
        <translation>⟦Ŵééķłý··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>With a baclofen pump this can mean withdrawal or a pump fault: go to hospital at once.</source>
        <translation>⟦Ŵíŧĥ á báçłóféñ púmp ŧĥíš çáñ méáñ ŵíŧĥđŕáŵáł óŕ á púmp fáúłŧ: ğó ŧó ĥóšpíŧáł áŧ óñçé.···························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>a missed pump refill</source>
        <translation>⟦á míššéđ púmp ŕéfíłł·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>a seizure (fit)</source>
        <translation>⟦á šéížúŕé (fíŧ)····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>entry</source>
        <translation>⟦éñŧŕý··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>faintness</source>
        <translation>⟦fáíñŧñéšš····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>hallucinations</source>
        <translation>⟦ĥáłłúçíñáŧíóñš······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>high fever</source>
        <translation>⟦ĥíğĥ févéŕ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>hours</source>
        <translation>⟦ĥóúŕš··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>in the last 24 hours</source>
        <translation>⟦íñ ŧĥé łášŧ 24 ĥóúŕš······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>more than the prescribed dose was taken</source>
        <translation>⟦móŕé ŧĥáñ ŧĥé pŕéšçŕíbéđ đóšé ŵáš ŧáķéñ·············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>new itching</source>
        <translation>⟦ñéŵ íŧçĥíñğ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>new or severe confusion</source>
        <translation>⟦ñéŵ óŕ šévéŕé çóñfúšíóñ········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>pain {score}</source>
        <translation>⟦páíñ {score}··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>rigid muscles</source>
        <translation>⟦ŕíğíđ múšçłéš·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>slow or shallow breathing</source>
        <translation>⟦šłóŵ óŕ šĥáłłóŵ bŕéáŧĥíñğ·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>spasms {score}</source>
        <translation>⟦špášmš {score}··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>spasticity sharply worse or coming back</source>
        <translation>⟦špášŧíçíŧý šĥáŕpłý ŵóŕšé óŕ çómíñğ báçķ··············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>spasticity {score}</source>
        <translation>⟦špášŧíçíŧý {score}····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>the pump&apos;s two-tone alarm</source>
        <translation>⟦ŧĥé púmp&apos;š ŧŵó-ŧóñé áłáŕm········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>tingling</source>
        <translation>⟦ŧíñğłíñğ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>very hard to wake</source>
        <translation>⟦véŕý ĥáŕđ ŧó ŵáķé······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>{date} is before 1900; please check the year.</source>
        <translation>⟦{date} íš béfóŕé 1900; płéášé çĥéçķ ŧĥé ýéáŕ.··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>{label} must be a whole number ({minimum} to {maximum}).</source>
        <translation>⟦{label} múšŧ bé á ŵĥółé ñúmbéŕ ({minimum} ŧó {maximum}).········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>{label} must be yes or no.</source>
        <translation>⟦{label} múšŧ bé ýéš óŕ ñó.·····⟧</translation>
    </message>
</context>
<context>
    <name>domain.dosing</name>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>%n hours</source>
        <extracomment>English singular: %n hour</extracomment>
        <translation>
            <numerusform>⟦%n ĥóúŕ··⟧</numerusform>
            <numerusform>⟦%n ĥóúŕš··⟧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>%n minutes</source>
        <extracomment>English singular: %n minute</extracomment>
        <translation>
            <numerusform>⟦%n míñúŧé··⟧</numerusform>
            <numerusform>⟦%n míñúŧéš···⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>A dose of {name} is already logged at {when}, {gap} after this one.</source>
        <translation>⟦Á đóšé óf {name} íš áłŕéáđý łóğğéđ áŧ {when}, {gap} áfŧéŕ ŧĥíš óñé.··············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>A dose of {name} is already logged at {when}, {gap} before this one.</source>
        <translation>⟦Á đóšé óf {name} íš áłŕéáđý łóğğéđ áŧ {when}, {gap} béfóŕé ŧĥíš óñé.···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>If you are not sure about the next dose, {talk}.</source>
        <translation>⟦Íf ýóú áŕé ñóŧ šúŕé ábóúŧ ŧĥé ñéxŧ đóšé, {talk}.············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>If you are not sure what to do, {talk}.</source>
        <translation>⟦Íf ýóú áŕé ñóŧ šúŕé ŵĥáŧ ŧó đó, {talk}.·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>If you are not sure, {talk}.</source>
        <translation>⟦Íf ýóú áŕé ñóŧ šúŕé, {talk}.······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>If {what} due at {when} was not taken: check the medicine&apos;s leaflet for what to do about a missed dose.</source>
        <translation>⟦Íf {what} đúé áŧ {when} ŵáš ñóŧ ŧáķéñ: çĥéçķ ŧĥé méđíçíñé&apos;š łéáfłéŧ fóŕ ŵĥáŧ ŧó đó ábóúŧ á míššéđ đóšé.····························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>If {what} due at {when} was not taken: take it now, as soon as you remember.</source>
        <translation>⟦Íf {what} đúé áŧ {when} ŵáš ñóŧ ŧáķéñ: ŧáķé íŧ ñóŵ, áš šóóñ áš ýóú ŕémémbéŕ.··················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>If {what} due at {when} was not taken: the next dose (due at {next}) is already due, so leave the missed dose out and take the next dose at the usual time.</source>
        <translation>⟦Íf {what} đúé áŧ {when} ŵáš ñóŧ ŧáķéñ: ŧĥé ñéxŧ đóšé (đúé áŧ {next}) íš áłŕéáđý đúé, šó łéávé ŧĥé míššéđ đóšé óúŧ áñđ ŧáķé ŧĥé ñéxŧ đóšé áŧ ŧĥé úšúáł ŧímé.········································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>If {what} due at {when} was not taken: the next dose is less than 2 hours away (at {next}), so leave the missed dose out and take the next dose at the usual time.</source>
        <translation>⟦Íf {what} đúé áŧ {when} ŵáš ñóŧ ŧáķéñ: ŧĥé ñéxŧ đóšé íš łéšš ŧĥáñ 2 ĥóúŕš áŵáý (áŧ {next}), šó łéávé ŧĥé míššéđ đóšé óúŧ áñđ ŧáķé ŧĥé ñéxŧ đóšé áŧ ŧĥé úšúáł ŧímé.··········································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>Is this really another dose?</source>
        <translation>⟦Íš ŧĥíš ŕéáłłý áñóŧĥéŕ đóšé?·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>Never take 2 doses at once or an extra dose to make up for a missed one.</source>
        <translation>⟦Ñévéŕ ŧáķé 2 đóšéš áŧ óñçé óŕ áñ éxŧŕá đóšé ŧó máķé úp fóŕ á míššéđ óñé.······················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>Stopping baclofen suddenly can be dangerous: if high fever, rigid muscles or much worse spasticity appear after missed doses, contact the doctor now.</source>
        <translation>⟦Šŧóppíñğ báçłóféñ šúđđéñłý çáñ bé đáñğéŕóúš: íf ĥíğĥ févéŕ, ŕíğíđ múšçłéš óŕ múçĥ ŵóŕšé špášŧíçíŧý áppéáŕ áfŧéŕ míššéđ đóšéš, çóñŧáçŧ ŧĥé đóçŧóŕ ñóŵ.·················································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The NHS advice is to leave a missed dose out when the next is less than 2 hours away.</source>
        <translation>⟦Ŧĥé ÑĤŠ áđvíçé íš ŧó łéávé á míššéđ đóšé óúŧ ŵĥéñ ŧĥé ñéxŧ íš łéšš ŧĥáñ 2 ĥóúŕš áŵáý.··························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The as-needed prescription for {name} runs from {start} to {end}, not on {day}. Please check, and if you are not sure, {talk}.</source>
        <translation>⟦Ŧĥé áš-ñééđéđ pŕéšçŕípŧíóñ fóŕ {name} ŕúñš fŕóm {start} ŧó {end}, ñóŧ óñ {day}. Płéášé çĥéçķ, áñđ íf ýóú áŕé ñóŧ šúŕé, {talk}.····························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The as-needed prescription for {name} runs from {start}, not on {day}. Please check, and if you are not sure, {talk}.</source>
        <translation>⟦Ŧĥé áš-ñééđéđ pŕéšçŕípŧíóñ fóŕ {name} ŕúñš fŕóm {start}, ñóŧ óñ {day}. Płéášé çĥéçķ, áñđ íf ýóú áŕé ñóŧ šúŕé, {talk}.···························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The doses of {name} on {day} add up to {total} with this one.</source>
        <translation>⟦Ŧĥé đóšéš óf {name} óñ {day} áđđ úp ŧó {total} ŵíŧĥ ŧĥíš óñé.············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The doses of {name} on {day} add up to {total}.</source>
        <translation>⟦Ŧĥé đóšéš óf {name} óñ {day} áđđ úp ŧó {total}.········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The label says the total should not exceed {most} mg a day. Please check the doses, and {talk}.</source>
        <translation>⟦Ŧĥé łábéł šáýš ŧĥé ŧóŧáł šĥóúłđ ñóŧ éxçééđ {most} mğ á đáý. Płéášé çĥéçķ ŧĥé đóšéš, áñđ {talk}.·························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The next dose of {name} is due at {when}, less than 2 hours after {at}.</source>
        <translation>⟦Ŧĥé ñéxŧ đóšé óf {name} íš đúé áŧ {when}, łéšš ŧĥáñ 2 ĥóúŕš áfŧéŕ {at}.···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The next dose would be allowed from {next}.</source>
        <translation>⟦Ŧĥé ñéxŧ đóšé ŵóúłđ bé áłłóŵéđ fŕóm {next}.············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The planned doses of {name} on {day} add up to {total} (counting as-needed doses at their daily limit).</source>
        <translation>⟦Ŧĥé płáññéđ đóšéš óf {name} óñ {day} áđđ úp ŧó {total} (çóúñŧíñğ áš-ñééđéđ đóšéš áŧ ŧĥéíŕ đáíłý łímíŧ).··························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The planned doses of {name} on {day} add up to {total}.</source>
        <translation>⟦Ŧĥé płáññéđ đóšéš óf {name} óñ {day} áđđ úp ŧó {total}.··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>This dose of {name} would be only {gap} after the dose at {when}; the prescription says at least {least} between doses.</source>
        <translation>⟦Ŧĥíš đóšé óf {name} ŵóúłđ bé óñłý {gap} áfŧéŕ ŧĥé đóšé áŧ {when}; ŧĥé pŕéšçŕípŧíóñ šáýš áŧ łéášŧ {least} béŧŵééñ đóšéš.·····························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>This dose of {name} would be only {gap} before the dose at {when}; the prescription says at least {least} between doses.</source>
        <translation>⟦Ŧĥíš đóšé óf {name} ŵóúłđ bé óñłý {gap} béfóŕé ŧĥé đóšé áŧ {when}; ŧĥé pŕéšçŕípŧíóñ šáýš áŧ łéášŧ {least} béŧŵééñ đóšéš.······························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>This happens on {count} days between {first} and {last} in the period checked.</source>
        <translation>⟦Ŧĥíš ĥáppéñš óñ {count} đáýš béŧŵééñ {first} áñđ {last} íñ ŧĥé péŕíóđ çĥéçķéđ.··················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>This would be dose number {count} of {name} on {day}; the prescription allows at most {most} a day.</source>
        <translation>⟦Ŧĥíš ŵóúłđ bé đóšé ñúmbéŕ {count} óf {name} óñ {day}; ŧĥé pŕéšçŕípŧíóñ áłłóŵš áŧ móšŧ {most} á đáý.······················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>When the dose goes up: avoid driving or using machinery until you know how the new dose affects you (baclofen label).</source>
        <translation>⟦Ŵĥéñ ŧĥé đóšé ğóéš úp: ávóíđ đŕívíñğ óŕ úšíñğ máçĥíñéŕý úñŧíł ýóú ķñóŵ ĥóŵ ŧĥé ñéŵ đóšé áfféçŧš ýóú (báçłóféñ łábéł).·····································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>With this dose, {name} on {day} would add up to {total}; the prescription allows at most {most} a day.</source>
        <translation>⟦Ŵíŧĥ ŧĥíš đóšé, {name} óñ {day} ŵóúłđ áđđ úp ŧó {total}; ŧĥé pŕéšçŕípŧíóñ áłłóŵš áŧ móšŧ {most} á đáý.·······················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>talk to your doctor or nurse</source>
        <translation>⟦ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>the {dose} dose</source>
        <translation>⟦ŧĥé {dose} đóšé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>the {dose} dose of {name}</source>
        <translation>⟦ŧĥé {dose} đóšé óf {name}····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>this medicine</source>
        <translation>⟦ŧĥíš méđíçíñé·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>{amount} mg</source>
        <translation>⟦{amount} mğ·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>{hours} h {minutes} min</source>
        <translation>⟦{hours} ĥ {minutes} míñ··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>{time} on {day}</source>
        <translation>⟦{time} óñ {day}·⟧</translation>
    </message>
</context>
<context>
    <name>domain.entry_checks</name>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>A dose every %n minutes: two doses that close together would be taken as one double dose. Is this what the prescription says, or a typing slip (minutes for hours)?</source>
        <extracomment>English singular: A dose every %n minutes: two doses that close together would be taken as one double dose. Is this what the prescription says, or a typing slip (minutes for hours)?</extracomment>
        <translation>
            <numerusform>⟦Á đóšé évéŕý %n míñúŧéš: ŧŵó đóšéš ŧĥáŧ çłóšé ŧóğéŧĥéŕ ŵóúłđ bé ŧáķéñ áš óñé đóúbłé đóšé. Íš ŧĥíš ŵĥáŧ ŧĥé pŕéšçŕípŧíóñ šáýš, óŕ á ŧýpíñğ šłíp (míñúŧéš fóŕ ĥóúŕš)?··················································⟧</numerusform>
            <numerusform>⟦Á đóšé évéŕý %n míñúŧéš: ŧŵó đóšéš ŧĥáŧ çłóšé ŧóğéŧĥéŕ ŵóúłđ bé ŧáķéñ áš óñé đóúbłé đóšé. Íš ŧĥíš ŵĥáŧ ŧĥé pŕéšçŕípŧíóñ šáýš, óŕ á ŧýpíñğ šłíp (míñúŧéš fóŕ ĥóúŕš)?··················································⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>One dose of {dose} is more than the label&apos;s most for a whole day ({most} mg)</source>
        <translation>⟦Óñé đóšé óf {dose} íš móŕé ŧĥáñ ŧĥé łábéł&apos;š móšŧ fóŕ á ŵĥółé đáý ({most} mğ)··················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>one dose of {dose} is more than the label&apos;s most for a whole day ({most} mg)</source>
        <translation>⟦óñé đóšé óf {dose} íš móŕé ŧĥáñ ŧĥé łábéł&apos;š móšŧ fóŕ á ŵĥółé đáý ({most} mğ)··················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>{amount} mg</source>
        <translation>⟦{amount} mğ·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>{dose} is {count} packets of {strength} at one time</source>
        <translation>⟦{dose} íš {count} páçķéŧš óf {strength} áŧ óñé ŧímé········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>{dose} is {count} tablets of {strength} at one time</source>
        <translation>⟦{dose} íš {count} ŧábłéŧš óf {strength} áŧ óñé ŧímé········⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>{first} and {second} are only %n minutes apart</source>
        <extracomment>English singular: {first} and {second} are only %n minute apart</extracomment>
        <translation>
            <numerusform>⟦{first} áñđ {second} áŕé óñłý %n míñúŧé ápáŕŧ········⟧</numerusform>
            <numerusform>⟦{first} áñđ {second} áŕé óñłý %n míñúŧéš ápáŕŧ·········⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>{pairs}. Two doses that close together would be taken as one double dose (the app asks about any two doses logged less than {minutes} minutes apart). Is this what the prescription says, or a typing slip?</source>
        <translation>⟦{pairs}. Ŧŵó đóšéš ŧĥáŧ çłóšé ŧóğéŧĥéŕ ŵóúłđ bé ŧáķéñ áš óñé đóúbłé đóšé (ŧĥé ápp ášķš ábóúŧ áñý ŧŵó đóšéš łóğğéđ łéšš ŧĥáñ {minutes} míñúŧéš ápáŕŧ). Íš ŧĥíš ŵĥáŧ ŧĥé pŕéšçŕípŧíóñ šáýš, óŕ á ŧýpíñğ šłíp?··························································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>{problems}. Is this really what the prescription says, or a typing slip (mg for tablets, or a 0 too many)?</source>
        <translation>⟦{problems}. Íš ŧĥíš ŕéáłłý ŵĥáŧ ŧĥé pŕéšçŕípŧíóñ šáýš, óŕ á ŧýpíñğ šłíp (mğ fóŕ ŧábłéŧš, óŕ á 0 ŧóó máñý)?····························⟧</translation>
    </message>
</context>
<context>
    <name>domain.validation</name>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>Please enter {label}.</source>
        <translation>⟦Płéášé éñŧéŕ {label}.····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} cannot be before {date}.</source>
        <translation>⟦{label} çáññóŧ bé béfóŕé {date}.······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} cannot be negative.</source>
        <translation>⟦{label} çáññóŧ bé ñéğáŧívé.······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} contains a broken character that cannot be saved; please retype it.</source>
        <translation>⟦{label} çóñŧáíñš á bŕóķéñ çĥáŕáçŧéŕ ŧĥáŧ çáññóŧ bé šávéđ; płéášé ŕéŧýpé íŧ.······················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} contains invisible control characters; please retype it.</source>
        <translation>⟦{label} çóñŧáíñš íñvíšíbłé çóñŧŕół çĥáŕáçŧéŕš; płéášé ŕéŧýpé íŧ.···················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} is too long ({count} characters); the most is {most}.</source>
        <translation>⟦{label} íš ŧóó łóñğ ({count} çĥáŕáçŧéŕš); ŧĥé móšŧ íš {most}.···········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be a date like {example}.</source>
        <translation>⟦{label} múšŧ bé á đáŧé łíķé {example}.······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be a date.</source>
        <translation>⟦{label} múšŧ bé á đáŧé.····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be a number.</source>
        <translation>⟦{label} múšŧ bé á ñúmbéŕ.·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be a real number.</source>
        <translation>⟦{label} múšŧ bé á ŕéáł ñúmbéŕ.·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be between {minimum} and {maximum} {unit}.</source>
        <translation>⟦{label} múšŧ bé béŧŵééñ {minimum} áñđ {maximum} {unit}.······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be between {minimum} and {maximum}.</source>
        <translation>⟦{label} múšŧ bé béŧŵééñ {minimum} áñđ {maximum}.······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be more than zero.</source>
        <translation>⟦{label} múšŧ bé móŕé ŧĥáñ žéŕó.·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be text.</source>
        <translation>⟦{label} múšŧ bé ŧéxŧ.····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} {date} is before 1900; please check the year.</source>
        <translation>⟦{label} {date} íš béfóŕé 1900; płéášé çĥéçķ ŧĥé ýéáŕ.··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} {date} is in the future.</source>
        <translation>⟦{label} {date} íš íñ ŧĥé fúŧúŕé.·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label}: please write a date like {example} or just the year, like {year}.</source>
        <translation>⟦{label}: płéášé ŵŕíŧé á đáŧé łíķé {example} óŕ júšŧ ŧĥé ýéáŕ, łíķé {year}.···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label}: please write a date like {example}.</source>
        <translation>⟦{label}: płéášé ŵŕíŧé á đáŧé łíķé {example}.········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label}: please write the year in full, like {example}.</source>
        <translation>⟦{label}: płéášé ŵŕíŧé ŧĥé ýéáŕ íñ fúłł, łíķé {example}.···········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label}: there is no such day ({text}); please check it.</source>
        <translation>⟦{label}: ŧĥéŕé íš ñó šúçĥ đáý ({text}); płéášé çĥéçķ íŧ.············⟧</translation>
    </message>
</context>
<context>
    <name>domain.watch</name>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>A daily total</source>
        <translation>⟦Á đáíłý ŧóŧáł····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>A pump refill or low-reservoir date has passed</source>
        <translation>⟦Á púmp ŕéfíłł óŕ łóŵ-ŕéšéŕvóíŕ đáŧé ĥáš páššéđ···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>Baclofen doses missed or not answered ({day})</source>
        <translation>⟦Báçłóféñ đóšéš míššéđ óŕ ñóŧ áñšŵéŕéđ ({day})·············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>Dose lowered to {mg} a day on {day}</source>
        <translation>⟦Đóšé łóŵéŕéđ ŧó {mg} á đáý óñ {day}········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>Dose lowered to {mg} a day on {day} ({what})</source>
        <translation>⟦Đóšé łóŵéŕéđ ŧó {mg} á đáý óñ {day} ({what})········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>Dose raised to {mg} a day on {day}</source>
        <translation>⟦Đóšé ŕáíšéđ ŧó {mg} á đáý óñ {day}·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>Dose raised to {mg} a day on {day} ({what})</source>
        <translation>⟦Đóšé ŕáíšéđ ŧó {mg} á đáý óñ {day} ({what})·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>Dose watch</source>
        <translation>⟦Đóšé ŵáŧçĥ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>Doses of baclofen were missed or not answered</source>
        <translation>⟦Đóšéš óf báçłóféñ ŵéŕé míššéđ óŕ ñóŧ áñšŵéŕéđ···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>The baclofen has run out</source>
        <translation>⟦Ŧĥé báçłóféñ ĥáš ŕúñ óúŧ········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>The day of the event ({day}) is not between 1900 and a few weeks after it was recorded.</source>
        <translation>⟦Ŧĥé đáý óf ŧĥé évéñŧ ({day}) íš ñóŧ béŧŵééñ 1900 áñđ á féŵ ŵééķš áfŧéŕ íŧ ŵáš ŕéçóŕđéđ.·······················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>The day of the event must be a date.</source>
        <translation>⟦Ŧĥé đáý óf ŧĥé évéñŧ múšŧ bé á đáŧé.···········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>The dose has changed</source>
        <translation>⟦Ŧĥé đóšé ĥáš çĥáñğéđ·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>The dose of baclofen has been lowered</source>
        <translation>⟦Ŧĥé đóšé óf báçłóféñ ĥáš bééñ łóŵéŕéđ············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>The dose of baclofen has gone up</source>
        <translation>⟦Ŧĥé đóšé óf báçłóféñ ĥáš ğóñé úp··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>The kind of event must be one of {kinds}.</source>
        <translation>⟦Ŧĥé ķíñđ óf évéñŧ múšŧ bé óñé óf {kinds}.··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>The pump was refilled (the days after a refill are watched as a precaution)</source>
        <translation>⟦Ŧĥé púmp ŵáš ŕéfíłłéđ (ŧĥé đáýš áfŧéŕ á ŕéfíłł áŕé ŵáŧçĥéđ áš á pŕéçáúŧíóñ)························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>What happened</source>
        <translation>⟦Ŵĥáŧ ĥáppéñéđ·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>a pump refill or low-reservoir date has passed</source>
        <translation>⟦á púmp ŕéfíłł óŕ łóŵ-ŕéšéŕvóíŕ đáŧé ĥáš páššéđ···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>doses of baclofen were missed or not answered</source>
        <translation>⟦đóšéš óf báçłóféñ ŵéŕé míššéđ óŕ ñóŧ áñšŵéŕéđ···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>none</source>
        <translation>⟦ñóñé··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>the baclofen has run out</source>
        <translation>⟦ŧĥé báçłóféñ ĥáš ŕúñ óúŧ········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>the dose of baclofen has been lowered</source>
        <translation>⟦ŧĥé đóšé óf báçłóféñ ĥáš bééñ łóŵéŕéđ············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>the dose of baclofen has gone up</source>
        <translation>⟦ŧĥé đóšé óf báçłóféñ ĥáš ğóñé úp··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>the pump was refilled (the days after a refill are watched as a precaution)</source>
        <translation>⟦ŧĥé púmp ŵáš ŕéfíłłéđ (ŧĥé đáýš áfŧéŕ á ŕéfíłł áŕé ŵáŧçĥéđ áš á pŕéçáúŧíóñ)························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>{amount} mg</source>
        <translation>⟦{amount} mğ·⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>{changes}, and %n other changes</source>
        <extracomment>English singular: {changes}, and %n other change</extracomment>
        <translation>
            <numerusform>⟦{changes}, áñđ %n óŧĥéŕ çĥáñğé······⟧</numerusform>
            <numerusform>⟦{changes}, áñđ %n óŧĥéŕ çĥáñğéš······⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>{first}; also {second}</source>
        <translation>⟦{first}; áłšó {second}··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>{reasons}. Tick anything you have noticed in the last 24 hours:</source>
        <translation>⟦{reasons}. Ŧíçķ áñýŧĥíñğ ýóú ĥávé ñóŧíçéđ íñ ŧĥé łášŧ 24 ĥóúŕš:················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>{reasons}. Tick anything you have noticed since the last check-in (the last 24 hours):</source>
        <translation>⟦{reasons}. Ŧíçķ áñýŧĥíñğ ýóú ĥávé ñóŧíçéđ šíñçé ŧĥé łášŧ çĥéçķ-íñ (ŧĥé łášŧ 24 ĥóúŕš):·······················⟧</translation>
    </message>
</context>
<context>
    <name>ui.settings_dialog</name>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Language</source>
        <translation>⟦&amp;Láñğúáğé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Text size</source>
        <translation>⟦&amp;Téxŧ šížé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>A new language is used the next time Caregiver Assistant starts.</source>
        <translation>⟦Á ñéŵ łáñğúáğé íš úšéđ ŧĥé ñéxŧ ŧímé Çáŕéğívéŕ Áššíšŧáñŧ šŧáŕŧš.·····················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Language</source>
        <translation>⟦Łáñğúáğé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Not available on this system.</source>
        <translation>⟦Ñóŧ áváíłábłé óñ ŧĥíš šýšŧém.··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Play a sound with reminders</source>
        <translation>⟦Płáý á šóúñđ ŵíŧĥ ŕémíñđéŕš·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Reminder sound</source>
        <translation>⟦Ŕémíñđéŕ šóúñđ·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Same as this computer ({language})</source>
        <translation>⟦Šámé áš ŧĥíš çómpúŧéŕ ({language})·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Settings</source>
        <translation>⟦Šéŧŧíñğš···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start Caregiver Assistant when I log in (so reminders come)</source>
        <translation>⟦Šŧáŕŧ Çáŕéğívéŕ Áššíšŧáñŧ ŵĥéñ Í łóğ íñ (šó ŕémíñđéŕš çómé)···················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start at login</source>
        <translation>⟦Šŧáŕŧ áŧ łóğíñ·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Text size</source>
        <translation>⟦Ŧéxŧ šížé···⟧</translation>
    </message>
</context>
<context>
    <name>ui.theme</name>
    <message>
        <location filename="../../src/caregiver_app/ui/theme.py"/>
        <source>Extra large</source>
        <translation>⟦Éxŧŕá łáŕğé····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/theme.py"/>
        <source>Large</source>
        <translation>⟦Łáŕğé··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/theme.py"/>
        <source>Normal</source>
        <translation>⟦Ñóŕmáł··⟧</translation>
    </message>
</context>
</TS>
