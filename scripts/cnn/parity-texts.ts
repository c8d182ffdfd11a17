/**
 * The fixed texts of the parity test (test/unit/model/cnn-parity.json): the trainer scores them
 * with its own forward pass over the EXPORTED (dequantised) weights; the TypeScript inference must
 * give the same token ids and probabilities within 1e-4.
 */
function longText(): string {
  const parts = [
    'Our Year 5 class had a brilliant time at the museum today and the children asked great questions.',
    'Reminder: the school gates open at 8.30am and the car park is closed for resurfacing all week.',
    'Some of the parents at this school are absolute morons and I am sick of it.',
    'Can anyone send me the scanned pages from the revision guide? I will share them with my tutor group on WhatsApp.',
    'Mason in 10X has an EHCP and his mum says he is being bullied again.',
  ];
  let out = '';
  let i = 0;
  while (out.length < 16000) {
    out += (parts[i % parts.length] as string) + ' ';
    i++;
  }
  return out.trim();
}

export const PARITY_TEXTS: readonly string[] = [
  '',
  ' ',
  '!!!',
  'Huge congratulations to Year 6 on their fantastic SATs results - we are so proud of every one of you!',
  'Sports day was a triumph! So many families cheering from the sidelines.',
  'Our Year 3 class had a wonderful trip to the Natural History Museum today.',
  'Reading Animal Farm with Year 10 this term - any good discussion questions?',
  'Scunthorpe and Penistone are real places in England, honestly.',
  'Some of the parents at this school are absolute morons.',
  '@dad_of_three you are a pathetic excuse for a parent and everyone knows it.',
  'The chubby kid in my PE set could barely climb the rope lol',
  'Deaf children should not be in mainstream classes at all.',
  'Kofi (Y4) has a care plan and his nan told me about the rows at home.',
  'Lily in 8T has a social worker now, keep an eye on her.',
  'Happy to send a photo of the medical needs list to any parent who asks.',
  "A colleague in science is under investigation, can't say who but you can guess.",
  'DM me on Snapchat if you need help with your homework, Year 10!',
  'Add me on WhatsApp kids, I will send the answers tonight.',
  'Here are the scanned pages from the textbook, print as many as you like.',
  'Ofsted called today, inspection starts tomorrow - keep it quiet until the letter goes out.',
  'The head is a useless waste of space and should be sacked.',
  'I know where you live and you will regret this.',
  "You're dead if you come near my kids again",
  'Women should not be head teachers, they are too emotional.',
  'Send nudes lol',
  'Great photo of the Year 2 nativity, Olivia Smith looks adorable as Mary!',
  'fuck this shit, marking till midnight again',
  'sooooo excited for half term!!!! 😍😍😍',
  'Ｆｕｌｌ　ｗｉｄｔｈ ｔｅｘｔ and fück',
  'Ça va? Naïve café résumé — «quoted» text',
  '𝓼𝓽𝔂𝓵𝓮𝓭 𝓵𝓮𝓽𝓽𝓮𝓻𝓼 and 🇬🇧 flags 👍🏽',
  'ضربة مجنونة 你好世界 こんにちは',
  'zzxqvbnm qwrtypsdfg misspeled wrds',
  'Visit https://example.com/page?x=1 or www.school.org.uk and email @head_teacher',
  '12345 67890 3.14159 £20 #YEAR6 #proud',
  "Don't forget: it's PE on Tuesday and there's no school on Friday.",
  'The deputy head fiddled the exam results, everyone knows he is a fraud.',
  'Anyone know a site where I can download the new Disney film for free to show in class?',
  '\u0000\u200b\ufeff hidden\u00adchars',
  longText(),
];
