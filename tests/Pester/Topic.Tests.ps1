BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force

    # Items nested in a topic, tag or custom gallery carry the rate limits of their own response too.
    filter ConvertTo-ComparableDeep { ($_ | ConvertTo-Comparable) -replace '"RateLimit":\{[^{}]*\}', '"RateLimit":null' }
}

Describe 'Get-ImgurTopic and Get-ImgurTopicGallery' {
    It 'completes the topic sorts on Tab' {
        $line = 'Get-ImgurTopicGallery funny -Sort '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Sort-Object | Should -Be @('rising', 'time', 'top', 'viral')
    }

    Context 'against TP-01..TP-03 (GET /3/topics/...)' {
        BeforeEach {
            Reset-Emulator
            $null = Connect-TestImgur
            Clear-EmulatorRequest
        }

        It 'lists the default topics with their camelCase fields' {
            $topics = Get-ImgurTopic
            $topics | Should -Not -BeNullOrEmpty
            $topics[0] | Should -BeOfType ImgurPS.Models.ImgurTopic
            $topics.TopicId | Should -Not -Contain $null
            ($topics | Where-Object TopPost | Select-Object -First 1).TopPost.GalleryId | Should -Not -BeNullOrEmpty
            (Get-EmulatorRequest | Select-Object -Last 1).path | Should -Be '/3/topics/defaults.json'
        }

        It 'pipes topics into their galleries by TopicId' {
            $topic = Get-ImgurTopic | Select-Object -First 1
            Clear-EmulatorRequest

            $items = $topic | Get-ImgurTopicGallery

            $items | Should -Not -BeNullOrEmpty
            (Get-EmulatorRequest | Select-Object -Last 1).path | Should -Be "/3/topics/$($topic.Id)/viral/week/0.json"
            ($items[0] | Get-ImgurTopicGallery -TopicId $topic.Id).Id | Should -Be $items[0].Id
        }

        It 'takes a topic name, with spaces sent as underscores' {
            $topic = Get-ImgurTopic | Where-Object Name -EQ 'The Great Outdoors'
            Clear-EmulatorRequest
            $null = Get-ImgurTopicGallery -TopicId $topic.Name -Sort top -Window month
            (Get-EmulatorRequest | Select-Object -Last 1).path | Should -Be "/3/topics/$($topic.Name -replace ' ', '_')/top/month/0.json"
        }

        It 'streams -All: Select-Object -First 3 makes one request' {
            $topic = Get-ImgurTopic | Select-Object -First 1
            Clear-EmulatorRequest
            $null = Get-ImgurTopicGallery $topic.Id -All | Select-Object -First 3
            @(Get-EmulatorRequest | Where-Object path -Like '/3/topics/*') | Should -HaveCount 1
        }

        It 'gives the same objects in the XML form' {
            (Get-ImgurTopic -Format Xml | ConvertTo-ComparableDeep) | Should -Be (Get-ImgurTopic | ConvertTo-ComparableDeep)
        }

        It 'writes a not-found error for an unknown item of a topic' {
            $topic = Get-ImgurTopic | Select-Object -First 1
            { Get-ImgurTopicGallery $topic.Id -ItemId NoSuch1 -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurNotFound*'
        }
    }
}
