# The other gallery listings: random (GA-05), subreddit (GA-02/03), search (GA-04) and memes (GA-21/22).
BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'Search-ImgurGallery' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
        Clear-EmulatorRequest
    }

    It 'has a query set and an advanced set, with no -All word field to clash with the paging switch' {
        $command = Get-Command Search-ImgurGallery
        $command.ParameterSets.Name | Should -Be @('Query', 'Advanced')
        $command.Parameters['All'].ParameterType | Should -Be ([switch])
        $command.Parameters.Keys | Should -Contain 'AllWords'
    }

    It 'refuses an advanced search without any criterion before sending' {
        { Search-ImgurGallery -AllWords '' -Sort top -ErrorAction Stop } | Should -Throw -ErrorId 'SearchNeedsCriteria*'
        { Search-ImgurGallery -AnyWords '' -ExcludeWords '' -ErrorAction Stop } | Should -Throw -ErrorId 'SearchNeedsCriteria*'
        Get-EmulatorRequest | Where-Object path -Like '/3/gallery/search*' | Should -BeNullOrEmpty
    }

    It 'completes file types and sizes on Tab' {
        $line = 'Search-ImgurGallery -FileType '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Sort-Object | Should -Be @('album', 'anigif', 'gif', 'jpg', 'png')
        $line = 'Search-ImgurGallery -ImageSize '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Sort-Object | Should -Be @('big', 'huge', 'lrg', 'med', 'small')
    }

    Context 'against GA-04 (GET /3/gallery/search/{sort}/{window}/{page})' {
        It 'finds items by query with sort time and window all by default' {
            $word = ((Get-ImgurGallery | Select-Object -First 1).Title -split ' ')[-1]
            Clear-EmulatorRequest

            $found = Search-ImgurGallery $word

            $found | Should -Not -BeNullOrEmpty
            $request = Get-EmulatorRequest | Select-Object -Last 1
            $request.path | Should -Be '/3/gallery/search/time/all/0.json'
            $request.query | Should -Match "q=$([uri]::EscapeDataString($word))"
        }

        It 'sends the advanced fields and not q' {
            $null = Search-ImgurGallery -AllWords 'cat' -FileType anigif -ImageSize med -Sort top -Window year -Page 1
            $request = Get-EmulatorRequest | Select-Object -Last 1
            $request.path | Should -Be '/3/gallery/search/top/year/1.json'
            $request.query | Should -Match 'q_all=cat'
            $request.query | Should -Match 'q_type=anigif'
            $request.query | Should -Match 'q_size_px=med'
            $request.query | Should -Not -Match '(^|&|\?)q='
        }

        It 'gives the same objects in the XML form' {
            (Search-ImgurGallery cat -Format Xml | ConvertTo-Comparable) | Should -Be (Search-ImgurGallery cat | ConvertTo-Comparable)
        }
    }
}

Describe 'Get-ImgurGallery -Random' {
    It 'is its own parameter set, without the listing parameters' {
        $set = (Get-Command Get-ImgurGallery).ParameterSets | Where-Object Name -EQ 'Random'
        $set.Parameters.Name | Should -Contain 'Page'
        $set.Parameters.Name | Should -Contain 'All'
        $set.Parameters.Name | Should -Not -Contain 'Section'
    }

    Context 'against GA-05 (GET /3/gallery/random/random/{page})' {
        It 'reads the random gallery' {
            Reset-Emulator
            $null = Connect-TestImgur
            Clear-EmulatorRequest
            Get-ImgurGallery -Random -Page 1 | Should -Not -BeNullOrEmpty
            (Get-EmulatorRequest | Select-Object -Last 1).path | Should -Be '/3/gallery/random/random/1.json'
        }
    }
}

Describe 'Get-ImgurSubredditGallery' {
    It 'defaults to sort time and window week' {
        $command = Get-Command Get-ImgurSubredditGallery
        $command.ParameterSets.Name | Should -Be @('Listing', 'ById')
        $line = 'Get-ImgurSubredditGallery pics -Sort '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('time', 'top')
    }

    Context 'against GA-02/GA-03 (GET /3/gallery/r/{subreddit}[...])' {
        BeforeEach {
            Reset-Emulator
            $null = Connect-TestImgur
            Clear-EmulatorRequest
        }

        It 'lists a subreddit with the full path, and its images pipe back by Section and ImageId' {
            $images = Get-ImgurSubredditGallery pics
            $images | Should -Not -BeNullOrEmpty
            (Get-EmulatorRequest | Select-Object -Last 1).path | Should -Be '/3/gallery/r/pics/time/week/0.json'
            $images[0].Section | Should -Be 'pics'

            Clear-EmulatorRequest
            $one = $images[0] | Get-ImgurSubredditGallery
            $one.Id | Should -Be $images[0].Id
            (Get-EmulatorRequest | Select-Object -Last 1).path | Should -Be "/3/gallery/r/pics/$($images[0].Id).json"
        }

        It 'gives the same objects in the XML form' {
            (Get-ImgurSubredditGallery pics -Format Xml | ConvertTo-Comparable) | Should -Be (Get-ImgurSubredditGallery pics | ConvertTo-Comparable)
        }

        It 'writes a not-found error for an unknown image' {
            { Get-ImgurSubredditGallery pics -ImageId NoSuch1 -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurNotFound*'
        }
    }
}

Describe 'Get-ImgurMemeGallery' {
    Context 'against GA-21/GA-22 (GET /3/g/memes[...])' {
        BeforeEach {
            Reset-Emulator
            $null = Connect-TestImgur
            Clear-EmulatorRequest
        }

        It 'lists memes, whose images carry MemeMetadata, and streams -All: Select-Object -First 3 makes one request' {
            $memes = Get-ImgurMemeGallery
            (Get-EmulatorRequest | Select-Object -Last 1).path | Should -Be '/3/g/memes/viral/week/0.json'
            ($memes | Where-Object { $_ -is [ImgurPS.Models.ImgurGalleryImage] } | Select-Object -First 1).MemeMetadata.MemeName | Should -Not -BeNullOrEmpty

            Clear-EmulatorRequest
            $null = Get-ImgurMemeGallery -All | Select-Object -First 3
            @(Get-EmulatorRequest | Where-Object path -Like '/3/g/memes/*') | Should -HaveCount 1
        }

        It 'gets one meme by id' {
            $id = (Get-ImgurMemeGallery | Where-Object { -not $_.IsAlbum } | Select-Object -First 1).Id
            (Get-ImgurMemeGallery -ImageId $id).MemeMetadata | Should -Not -BeNullOrEmpty
        }

        It 'gives the same objects in the XML form' {
            (Get-ImgurMemeGallery -Format Xml | ConvertTo-Comparable) | Should -Be (Get-ImgurMemeGallery | ConvertTo-Comparable)
        }

        It 'writes a not-found error for an unknown image' {
            { Get-ImgurMemeGallery -ImageId NoSuch1 -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurNotFound*'
        }
    }
}
