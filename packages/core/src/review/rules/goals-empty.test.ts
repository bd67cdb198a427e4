import { exampleCase, exampleForm as form } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './goals-empty';

// The goal and its completion interleaved line by line in one cell (corpus 121).
const MERGED =
  '维护林业、林区安全稳定,全完成维护林业、林区安全稳定,全区森林区森林资源、陆生野生动物资资源、陆生野生动物资源得到有效保护,源得到有效保护,松材线虫病松材线虫病疫情发生面积和病死松树株疫情发生面积和病死松树株实现双下降';

// Table test for goals-empty: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'whitespace only is blank, text is not', ev: form({ goals: { expected: '完成培训' } }) },
    { name: 'two goal columns extracted into one cell: the completion is there (goal-copy judges it)', ev: form({ goals: { expected: MERGED, actual: '' } }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'a goal that only says 无, and a completion that only says 暂无',
      ev: form({ goals: { expected: '无', actual: ' 暂无 ' } }),
      errors: [
        { messageId: 'expectedNone', path: 'goals.expected', data: { text: '无' } },
        { messageId: 'actualNone', path: 'goals.actual', data: { text: '暂无' } },
      ],
    },
    {
      name: 'both blank',
      ev: form({ goals: { expected: '  ', actual: '' } }),
      errors: [
        { messageId: 'expectedEmpty', path: 'goals.expected' },
        { messageId: 'actualEmpty', path: 'goals.actual' },
      ],
    },
  ],
});
