namespace ToyRec.Neural;

/// <summary>The k highest scores of a vector, best first; equal scores in index order, so ties are stable.</summary>
public static class TopK
{
    /// <summary>The indices of the k highest scores for which <paramref name="accept"/> holds (all when null).</summary>
    public static int[] Indices(ReadOnlySpan<float> scores, int k, Func<int, bool>? accept = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (k == 0)
            return [];
        var heapIndex = new int[k];
        var heapScore = new float[k];
        int size = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            float s = scores[i];
            if (size == k && !(s > heapScore[0]))
                continue;
            if (accept is not null && !accept(i))
                continue;
            if (size < k)
            {
                heapIndex[size] = i;
                heapScore[size] = s;
                SiftUp(heapIndex, heapScore, size++);
            }
            else
            {
                heapIndex[0] = i;
                heapScore[0] = s;
                SiftDown(heapIndex, heapScore, size);
            }
        }

        var result = heapIndex.AsSpan(0, size).ToArray();
        var keys = heapScore.AsSpan(0, size).ToArray();
        Array.Sort(keys, result);
        Array.Reverse(result);
        Array.Reverse(keys);
        // Within runs of equal scores put lower indices first; a later index never displaced an equal one.
        int start = 0;
        for (int i = 1; i <= result.Length; i++)
        {
            if (i == result.Length || keys[i] != keys[start])
            {
                Array.Sort(result, start, i - start);
                start = i;
            }
        }

        return result;
    }

    // A min-heap on score; among equal scores the larger index is "smaller", so it is evicted first.
    private static bool Less(int[] index, float[] score, int a, int b) =>
        score[a] < score[b] || (score[a] == score[b] && index[a] > index[b]);

    private static void SiftUp(int[] index, float[] score, int i)
    {
        while (i > 0)
        {
            int parent = (i - 1) / 2;
            if (!Less(index, score, i, parent))
                break;
            Swap(index, score, i, parent);
            i = parent;
        }
    }

    private static void SiftDown(int[] index, float[] score, int size)
    {
        int i = 0;
        while (true)
        {
            int left = 2 * i + 1, right = left + 1, smallest = i;
            if (left < size && Less(index, score, left, smallest))
                smallest = left;
            if (right < size && Less(index, score, right, smallest))
                smallest = right;
            if (smallest == i)
                return;
            Swap(index, score, i, smallest);
            i = smallest;
        }
    }

    private static void Swap(int[] index, float[] score, int a, int b)
    {
        (index[a], index[b]) = (index[b], index[a]);
        (score[a], score[b]) = (score[b], score[a]);
    }
}
