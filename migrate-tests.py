import re, os, subprocess, sys
files = subprocess.check_output(['git','ls-files','tests']).decode().split()
def rel(f, target):
    r = os.path.relpath(target, os.path.dirname(f))
    return r if r.startswith('.') else './'+r
for f in files:
    if not re.search(r'\.(ts|tsx)$', f): continue
    s = open(f).read(); o = s
    words = rel(f, 'tests/support/words.ts')
    # en messages
    s = re.sub(r"import \{ en(, type Messages)? \} from '[./]*src/i18n/en\.ts';", lambda m: f"import {{ en }} from '{words}';" + ("\nimport type { Messages } from '"+rel(f,'src/i18n/word-types.ts')+"';" if m.group(1) else ''), s)
    # assess calls
    if 'src/rules/assess.ts' in s:
        s = re.sub(r"\bassess\(([^()]*(?:\([^()]*\)[^()]*)*?), \{ perspective: ('other'|'self'|perspective) \}\)", r"assessInEnglish(\1, \2)", s)
        s = re.sub(r"\bassess\(([^()]*(?:\([^()]*\)[^()]*)*?), \{ perspective \}\)", r"assessInEnglish(\1, perspective)", s)
        # single-argument calls
        s = re.sub(r"\bassess\(((?:[^(),]|\([^()]*\))*)\)", r"assessInEnglish(\1)", s)
        s = re.sub(r"\bassess\(\n", "assessInEnglish(\n", s)
        uses_assess = re.search(r"\bassess\(", s) is not None
        uses_english = 'assessInEnglish(' in s
        if uses_english:
            s = s.replace("import { assess } from '"+rel(f,'src/rules/assess.ts')+"';", ("import { assess } from '"+rel(f,'src/rules/assess.ts')+"';\n" if uses_assess else '') + "import { assessInEnglish } from '"+words+"';")
    # settingInfo
    if 'settingInfo' in s:
        s = re.sub(r"import \{ settingInfo \} from '[./]*src/rules/setting-levels\.ts';\n", "", s)
        s = s.replace('settingInfo', 'enRules.settings')
        s = s.replace("import { en } from '"+words+"';", "import { en, enRules } from '"+words+"';") if "import { en } from '"+words+"'" in s else re.sub(r"(import type \{ Page \} from 'playwright-core';\n)", r"\1import { enRules } from '"+words+"';\n", s, count=1)
        if 'enRules' in s and f"from '{words}'" not in s:
            s = s.replace("import { describe", "import { enRules } from '"+words+"';\nimport { describe", 1)
    if s != o:
        open(f,'w').write(s); print('edited', f)
