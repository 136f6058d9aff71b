import { Controller, Get, Redirect } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@greenchain/platform';

@ApiExcludeController()
@Public()
@Controller()
export class ConsoleRedirectController {
  @Get()
  @Redirect('/admin/', 302)
  root(): void {}
}
