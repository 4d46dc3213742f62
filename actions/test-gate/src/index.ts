import { runAction } from '@tokenless/action-kit'
import { run } from './main.js'

void runAction(run)
