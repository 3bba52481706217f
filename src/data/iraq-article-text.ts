/**
 * The text of the Guardian article "Iraq turns to Iran for help" (Saturday 14 June 2014), exactly
 * as in the seed file /work/shared/seed/iraq-turns-to-iran-for-help.txt (committed copy:
 * src/data/static/iraq-turns-to-iran-for-help.txt). Excerpt offsets in `iraq-2014.ts` index into
 * this string, so it must not be reformatted: curly quotes, dashes and the ellipsis are kept as
 * written; the non-breaking spaces of the original (U+00A0) are written as `\u00a0` escapes so they
 * stay visible; there is no trailing newline. `tests/unit/iraq-fixture.test.ts` checks it against
 * the committed copy and, where present, the seed file.
 *
 * The caption of the article's photo ("Fighters of al-Qaeda linked ... Tel Abyad") runs straight
 * into the first sentence ("Iran has sent ...") with no separator, as in the source.
 */
export const IRAQ_ARTICLE_TEXT = `IRAQ TURNS TO IRAN FOR HELP

0

Fighters of al-Qaeda linked Islamic State of Iraq and the Levant parade at Syrian town of Tel AbyadIran\u00a0has sent 2,000 advance troops to\u00a0Iraq\u00a0in the past 48 hours to help tackle a jihadist insurgency, a senior Iraqi official has told the Guardian.

The confirmation comes as the Iranian president, Hassan Rouhani, said Iran was ready to support Iraq from the mortal threat fast spreading through the country, while the Iraqi prime minister,\u00a0Nouri al-Maliki, called on citizens to take up arms in their country’s defence.

Addressing the country on Saturday, Maliki said rebels from the Islamic State of Iraq and the Levant (Isis) had given “an incentive to the army and to Iraqis to act bravely”. His call to arms came after reports surfaced that hundreds of young men were flocking to volunteer centres across Baghdad to join the fight against Isis.

In Iran, Rouhani raised the prospect of Teheran cooperating with its old enemy Washington to defeat the Sunni insurgent group – which is attempting to ignite a sectarian war beyond Iraq’s borders.

The Iraqi official said 1,500 basiji forces had crossed the border into the town of Khanaqin, in Diyala province, in central Iraq on Friday, while another 500 had entered the Badra Jassan area in Wasat province overnight. The\u00a0Guardian confirmed on Friday\u00a0that Major General Qassem Suleimani, the head of the Iranian Revolutionary Guards’ elite Quds Force, had arrived in Baghdad to oversee the defence of the capital.

There is growing evidence in Baghdad of Shia militias continuing to reorganise, with some heading to the central city of Samarra, 70 miles (110km) north of the capital, to\u00a0defend two Shia shrines\u00a0from Sunni jihadist groups surrounding them.

The volunteers signing up were responding to a call by Iraq’s most revered Shia cleric, the Iranian-born grand ayatollah Ali al-Sistani, to defend their country after Isis seized Mosul and Saddam Hussein’s hometown of Tikrit in a lightning advance this week. Samarra is now the next town in the Islamists’ path to Baghdad.

“Citizens who can carry weapons and fight the terrorists in defence of their country, its people and its holy sites should volunteer and join the security forces,” Sheik Abdul-Mahdi al-Karbalaie, Sistani’s representative, said on Friday in a sermon at the holy Shia city of Kerbala.

He warned that Iraq faced great danger and that fighting the militants “is everybody’s responsibility, and is not limited to one specific sect or group”, Associated Press reported. Karbalaie’s comments have consistently been thought to reflect Sistani’s views.

Meanwhile, Iraqi troops had been ordered out of the northern city of Kirkuk by Kurdish fighters who have taken full control of the regional oil hub and surrounding areas, according to a mid-ranking army officer.

His account was corroborated by an Arab tribal sheik and a photographer who witnessed the looting of army bases after troops left and who related similar accounts of the takeover from relatives in the army, the Associated Press reported.

“They said they would defend Kirkuk from the Islamic State [Isis],” said the Arab officer, who oversaw a warehouse in the city’s central military base.

He insisted the Iraqi troops had not planned to retreat before the Islamic State. “We were ready to battle to death. We were completely ready,” he said at a roadside rest house just inside the semi-autonomous Kurdish region.

A spokesman for Kurdish forces, known as the peshmerga, said they had only moved in after Iraqi troops retreated, assuming control of the “majority of the Kurdistan region” outside the semi-autonomous Kurdish regional government.

Continue reading…

Send this to friend`;
