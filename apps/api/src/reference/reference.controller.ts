import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ProblemException } from '@greenchain/platform';
import {
  agreementsForHsCode,
  countryNumbers,
  hsChapter,
  hsEntry,
  isKnownHsHeading,
  isPickListName,
  odsSubstancesForHsCode,
  parseHsCode,
  pickList,
  pickListNames,
  searchCitesSpecies,
  searchHsEntries,
  searchOdsSubstances,
} from '@greenchain/reference-data';
import { agreementSummaries } from './agreement-summary.response';
import { ApiProblems } from '../commands/api-problems.decorator';
import { citesSpeciesResponse, CitesSpeciesResponse } from './cites-species.response';
import { CodeListResponse } from './code-list.response';
import { HsCodeAgreementsResponse } from './hs-code-agreements.response';

import { HsCodeSuggestionResponse } from './hs-code-suggestion.response';
import { ReferenceSearchQuery } from './reference-search.query';
import { substanceResponse, SubstanceResponse } from './substance.response';

/** Reference data every signed-in user may read: no personal data, no country scope. */
@ApiTags('reference data')
@ApiBearerAuth()
@Controller('reference')
export class ReferenceController {
  @Get('hs-codes')
  @ApiOperation({
    summary: 'HS codes matching what was typed (digits or words), for an autocomplete.',
    description: 'Every signed-in user. Agreements are indicative only.',
  })
  @ApiOkResponse({ type: [HsCodeSuggestionResponse] })
  @ApiProblems(400, 401, 429)
  searchHsCodes(@Query() query: ReferenceSearchQuery): HsCodeSuggestionResponse[] {
    return searchHsEntries(query.q, query.limit ?? 20).map((entry) => ({
      code: entry.code,
      description: entry.description,
      agreements: agreementSummaries(entry.agreements),
    }));
  }

  @Get('hs-codes/:code/agreements')
  @ApiOperation({
    summary: 'The agreements an HS code suggests (indicative), with its chapter.',
    description: 'Every signed-in user.',
  })
  @ApiParam({ name: 'code', example: '2903.71' })
  @ApiOkResponse({ type: HsCodeAgreementsResponse })
  @ApiProblems(400, 401, 429)
  hsCodeAgreements(@Param('code') code: string): HsCodeAgreementsResponse {
    if (code.length > 20 || parseHsCode(code) === undefined) {
      throw new ProblemException(
        400,
        'value/invalid-hs-code',
        'Expected an HS code such as 2903.71.',
        'code',
      );
    }
    if (!isKnownHsHeading(code)) {
      throw new ProblemException(
        400,
        'value/unknown-hs-heading',
        `No heading ${parseHsCode(code)?.heading ?? ''} in HS 2022.`,
        'code',
      );
    }
    return {
      code,
      chapter: hsChapter(code)?.name,
      description: hsEntry(code)?.description,
      agreements: agreementSummaries(agreementsForHsCode(code)),
      odsSubstances: odsSubstancesForHsCode(code).map((substance) => substance.name),
    };
  }

  @Get('cites/species')
  @ApiOperation({
    summary: 'CITES listings matching a scientific name, synonym or common name, with appendix.',
    description:
      'Every signed-in user. A seed list, indicative only: the legal text is the CITES Appendices. ' +
      'Term, unit, purpose and source codes are the code lists citesTerms, citesUnits, ' +
      'citesPurposes and citesSources.',
  })
  @ApiOkResponse({ type: [CitesSpeciesResponse] })
  @ApiProblems(400, 401, 429)
  searchCitesSpecies(@Query() query: ReferenceSearchQuery): CitesSpeciesResponse[] {
    return searchCitesSpecies(query.q, query.limit ?? 10).map(citesSpeciesResponse);
  }

  @Get('substances')
  @ApiOperation({
    summary: 'Controlled substances (Montreal Protocol) by name, designation or HS code digits.',
    description: 'Every signed-in user. Annex, group and HS code are indicative.',
  })
  @ApiOkResponse({ type: [SubstanceResponse] })
  @ApiProblems(400, 401, 429)
  searchSubstances(@Query() query: ReferenceSearchQuery): SubstanceResponse[] {
    return searchOdsSubstances(query.q, query.limit ?? 10).map(substanceResponse);
  }

  @Get('country-numbers')
  @ApiOperation({
    summary: 'The ISO 3166-1 numeric code of every alpha-2 country code ({ "KE": "404" }).',
    description: 'Every signed-in user. World maps name countries by these numbers.',
  })
  @ApiOkResponse({
    schema: { type: 'object', additionalProperties: { type: 'string' }, example: { KE: '404' } },
  })
  @ApiProblems(401, 429)
  countryNumbers(): Readonly<Record<string, string>> {
    return countryNumbers;
  }

  @Get('code-lists/:name')
  @ApiOperation({
    summary: 'One code list (location types, party roles, CITES terms and units ...).',
    description: 'Every signed-in user.',
  })
  @ApiParam({ name: 'name', enum: pickListNames })
  @ApiOkResponse({ type: CodeListResponse })
  @ApiProblems(400, 401, 429)
  codeList(@Param('name') name: string): CodeListResponse {
    if (!isPickListName(name)) {
      throw new ProblemException(
        400,
        'reference/unknown-code-list',
        `No code list ${name.slice(0, 50)}.`,
        'name',
      );
    }
    const codes = pickList(name).map(({ code, label, note }) => ({
      code,
      label,
      ...(note !== undefined && { note }),
    }));
    return { name, codes };
  }
}
