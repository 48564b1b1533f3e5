// What the build of this example checks of its output (run by library-check with maven-invoker-plugin): the
// library gives what the command line gives on the same examples (examples/anju/expected, rota/expected).
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
    // zhidu names check examples/anju/archive: 38 names, 17 of them compliant
    'names: 38 checked, 17 follow N1-N5, 21 do not',
    '2015-09-08-纪要-三届35次常务会议-施瑞昶（2015年第9期）.doc  [N4 N2]  -> 2015.09.08-纪要-三届35次常务会议-施瑞昶(2015第9期).doc',
    // zhidu rota generate --office examples/anju/office.yaml --month 2026-10
    'rota: 31 days, hard rules met: true',
    '2026-10-01  HOLIDAY         张伟、孙浩  leader 施瑞昶',
    '2026-10-08  WORKDAY         马超  leader 李红梅',
    // zhidu score --office examples/anju/office.yaml --events examples/anju/events-2026.csv --period 2026Q3
    'scores 2026Q3: 20 people, 6 sections',
    'section 1 行政股 98',
    'section 5 信息股 87',
    'person 1 孙浩 100',
    'person 14 梁勇 97',
]
def missing = expected.findAll { !log.contains(it) }
if (!missing.isEmpty()) {
  throw new AssertionError('examples/library printed other than expected; missing:\n  ' + missing.join('\n  '))
}
return true
